import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { practiceCatalogue } from '~/components/question-views';

/** Every question with its options, rationales and source, for the Review and Mock exam pages (built once, cached by the browser). */
export const GET: APIRoute = async () => {
	const banks = (await getCollection('quizzes')).map((entry) => entry.data);
	return new Response(JSON.stringify(practiceCatalogue(banks)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
