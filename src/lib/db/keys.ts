/** localStorage key of the profile now learning. Kept apart from Dexie so pages can read it cheaply. */
export const CURRENT_PROFILE_KEY = 'tansuo.profile';
