/** Arabic names for the Idlib dataset's categories, as a page supplies them through `messages`. */
export const arabicCategories = {
  offensive: 'هجوم',
  capture: 'سيطرة',
  territory: 'مناطق السيطرة',
  declaration: 'إعلان',
  alliance: 'تحالف',
  surrender: 'استسلام',
  media: 'إعلام',
};
