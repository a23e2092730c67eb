/*
 * Reading QR codes from the camera or a picture, in the browser. The browser's own
 * BarcodeDetector where it has one; elsewhere the small jsQR decoder, loaded only when a scan
 * actually starts, so no other page carries it.
 */

interface Detector {
	detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}

let detector: Promise<Detector> | undefined;

async function nativeDetector(): Promise<Detector | undefined> {
	const Native = (
		globalThis as { BarcodeDetector?: { new (o: object): Detector; getSupportedFormats(): Promise<string[]> } }
	).BarcodeDetector;
	if (!Native) return undefined;
	try {
		if (!(await Native.getSupportedFormats()).includes('qr_code')) return undefined;
		return new Native({ formats: ['qr_code'] });
	} catch {
		return undefined;
	}
}

async function jsQrDetector(): Promise<Detector> {
	const { default: jsQR } = await import('jsqr');
	const canvas = document.createElement('canvas');
	const context = canvas.getContext('2d', { willReadFrequently: true })!;
	return {
		async detect(source) {
			const { width, height } = sizeOf(source);
			if (!width || !height) return [];
			// Large photos are scaled down: jsQR's time grows with the pixel count.
			const scale = Math.min(1, 1200 / Math.max(width, height));
			canvas.width = Math.round(width * scale);
			canvas.height = Math.round(height * scale);
			context.drawImage(source, 0, 0, canvas.width, canvas.height);
			const image = context.getImageData(0, 0, canvas.width, canvas.height);
			const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
			return found ? [{ rawValue: found.data }] : [];
		}
	};
}

function sizeOf(source: CanvasImageSource): { width: number; height: number } {
	if (source instanceof HTMLVideoElement) return { width: source.videoWidth, height: source.videoHeight };
	if (source instanceof HTMLImageElement) return { width: source.naturalWidth, height: source.naturalHeight };
	const s = source as { width: number | SVGAnimatedLength; height: number | SVGAnimatedLength };
	return { width: Number(s.width), height: Number(s.height) };
}

function qrDetector(): Promise<Detector> {
	detector ??= nativeDetector().then((d) => d ?? jsQrDetector());
	return detector;
}

/** The text of the first QR code in an image or video frame, if there is one. */
export async function readQr(source: CanvasImageSource): Promise<string | undefined> {
	const found = await (await qrDetector()).detect(source);
	return found[0]?.rawValue;
}

/** The text of the QR code in a picture file. */
export async function readQrFile(file: Blob): Promise<string | undefined> {
	const bitmap = await createImageBitmap(file);
	try {
		return await readQr(bitmap);
	} finally {
		bitmap.close();
	}
}
