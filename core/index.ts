export { cleanArticle } from './clean-article';
export * from './types';
