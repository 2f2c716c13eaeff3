import { type CollectionEntry, getCollection } from 'astro:content';

/** Every bank with the title of the page it belongs to, for the handout pages. */
export async function handoutBanks() {
	const titles = new Map((await getCollection('docs')).map((page) => [page.id === 'index' ? '/' : `/${page.id}/`, page.data.title]));
	return (await getCollection('quizzes')).map((bank: CollectionEntry<'quizzes'>) => ({ bank, pageTitle: titles.get(bank.data.page) ?? bank.data.title }));
}
