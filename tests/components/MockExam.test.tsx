import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawPaper } from '../../src/domain/mock-exam.ts';
import { PROGRESS_KEY } from '../../src/domain/progress-keys.ts';
import MockExam from '../../src/islands/MockExam.tsx';
import { catalogueOf, catalogueQuestion } from './catalogue-fixture.ts';

// Six questions (the paper takes all of them; pass mark 4 of 6), plus one about the exam itself, which is never drawn.
const questions = [
	catalogueQuestion('lo1-a', 'LO1'),
	catalogueQuestion('lo1-b', 'LO1'),
	catalogueQuestion('lo7-a', 'LO7'),
	catalogueQuestion('lo7-b', 'LO7'),
	catalogueQuestion('lo7-c', 'LO7'),
	catalogueQuestion('lo6-a', 'LO6'),
	catalogueQuestion('about-exam', 'LO5', 1, 'exam'),
];
const catalogue = catalogueOf(questions);
const paper = drawPaper(questions, 'class1').questionIds;
const start = new Date('2026-11-28T10:00:00.000Z');

const saved = () => JSON.parse(localStorage.getItem(PROGRESS_KEY)!);
const heading = () => screen.getByRole('heading', { level: 2, name: /^Question \d+ of \d+$/ });

function answerCurrent(option: number) {
	const fieldset = document.querySelector('.mock-exam-question') as HTMLElement;
	fireEvent.click(within(fieldset).getAllByRole('radio')[option]!);
}

beforeEach(() => {
	localStorage.clear();
	vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
	vi.setSystemTime(start);
});
afterEach(() => {
	cleanup();
	vi.useRealTimers();
});

describe('MockExam', () => {
	it('offers the seed from the link, with a link to share it, and both time allowances', () => {
		render(<MockExam catalogueUrl="unused" catalogue={catalogue} seed="class1" />);
		expect((screen.getByLabelText('Paper seed') as HTMLInputElement).value).toBe('class1');
		expect(screen.getByText(/This seed comes from the link you followed/)).toBeTruthy();
		expect(screen.getByRole('link', { name: /\?seed=class1$/ })).toBeTruthy();
		expect(screen.getByText('6 questions; the pass mark is 4.')).toBeTruthy();
		expect((screen.getByLabelText('60 minutes (standard)') as HTMLInputElement).checked).toBe(true);
		expect(screen.getByLabelText(/75 minutes \(25% extra time/)).toBeTruthy();
	});

	it('refuses a seed that is not letters and digits', () => {
		render(<MockExam catalogueUrl="unused" catalogue={catalogue} seed="class1" />);
		fireEvent.input(screen.getByLabelText('Paper seed'), { target: { value: 'no spaces!' } });
		fireEvent.click(screen.getByRole('button', { name: 'Start the exam' }));
		expect(screen.getByText(/A seed is 1 to 24 letters and digits/)).toBeTruthy();
		expect(screen.queryByText(/Time left/)).toBeNull();
	});

	it('sits the seeded paper: moves between questions, flags, keeps feedback back, then scores and explains every option', () => {
		render(<MockExam catalogueUrl="unused" catalogue={catalogue} seed="class1" />);
		fireEvent.click(screen.getByRole('button', { name: 'Start the exam' }));
		expect(heading().textContent).toBe('Question 1 of 6');
		expect(screen.getByText('Time left:').textContent).toContain('60:00');
		expect(document.querySelector('.mock-exam-question')!.getAttribute('data-question-id')).toBe(paper[0]);

		// Right answers (option 1) to the first four, a wrong one to the fifth, the sixth left blank and flagged.
		for (let i = 0; i < 5; i++) {
			answerCurrent(i < 4 ? 1 : 0);
			expect(document.body.textContent).not.toContain(`Why ${paper[i]} option 1.`);
			fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
		}
		fireEvent.click(screen.getByLabelText('Flag this question to come back to it'));
		expect(screen.getByRole('button', { name: 'Question 6, not answered, flagged' })).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Question 2, answered' }));
		expect(heading().textContent).toBe('Question 2 of 6');
		expect((within(document.querySelector('.mock-exam-question') as HTMLElement).getAllByRole('radio')[1] as HTMLInputElement).checked).toBe(true);

		fireEvent.click(screen.getByRole('button', { name: 'Submit the exam' }));
		const confirm = screen.getByRole('group', { name: /Submit your answers now\?/ });
		expect(confirm.textContent).toContain('1 question is unanswered and will count as wrong. 1 question is flagged.');
		fireEvent.click(within(confirm).getByRole('button', { name: 'Submit' }));

		expect(screen.getByRole('heading', { name: 'Your result' })).toBeTruthy();
		expect(screen.getByText(/4 of 6 \(67%\): pass\. The pass mark is 4 of 6\./)).toBeTruthy();
		expect(document.body.textContent).toContain(`Why ${paper[4]} option 0.`);
		expect(document.body.textContent).toContain(`Why ${paper[4]} option 2.`);
		expect(document.body.textContent).toContain('You did not answer this question.');
		expect(document.body.textContent).not.toContain('about-exam');

		fireEvent.click(screen.getByLabelText('Wrong or unanswered'));
		expect([...document.querySelectorAll('.mock-exam-review [data-question-id]')].map((item) => item.getAttribute('data-question-id'))).toEqual([paper[4], paper[5]]);
		fireEvent.click(screen.getByLabelText('Flagged'));
		expect([...document.querySelectorAll('.mock-exam-review [data-question-id]')].map((item) => item.getAttribute('data-question-id'))).toEqual([paper[5]]);

		const progress = saved();
		expect(progress.activeExam).toBeUndefined();
		expect(progress.exams).toHaveLength(1);
		expect(progress.exams[0]).toMatchObject({ seed: 'class1', correct: 4, total: 6, passMark: 4, passed: true, timedOut: false, flagged: [paper[5]] });
		// Answered questions join the review schedule; the unanswered one does not.
		expect(Object.keys(progress.answers).sort()).toEqual(paper.slice(0, 5).sort());
		expect(progress.answers[paper[4]!].history[0].source).toBe('mock-exam');
	});

	it('submits by itself when time runs out, with the answers given so far', () => {
		render(<MockExam catalogueUrl="unused" catalogue={catalogue} seed="class1" />);
		fireEvent.click(screen.getByLabelText(/75 minutes/));
		fireEvent.click(screen.getByRole('button', { name: 'Start the exam' }));
		answerCurrent(1);
		act(() => {
			vi.advanceTimersByTime(61 * 60_000);
		});
		expect(screen.getByText('Time left:').textContent).toContain('14:00');
		expect(screen.getAllByRole('status')[0]!.textContent).toBe('15 minutes left.');
		act(() => {
			vi.advanceTimersByTime(13 * 60_000);
		});
		expect(screen.getAllByRole('status')[0]!.textContent).toBe('1 minute left.');
		act(() => {
			vi.advanceTimersByTime(60_000);
		});
		expect(screen.getByText(/Time ran out/)).toBeTruthy();
		expect(screen.getByText(/1 of 6 \(17%\): not a pass yet/)).toBeTruthy();
		expect(saved().exams[0]).toMatchObject({ timedOut: true, minutes: 75, finishedAt: '2026-11-28T11:15:00.000Z' });
	});

	it('resumes an exam in progress after a reload, with the clock still running', () => {
		const first = render(<MockExam catalogueUrl="unused" catalogue={catalogue} seed="class1" />);
		fireEvent.click(screen.getByRole('button', { name: 'Start the exam' }));
		answerCurrent(1);
		fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
		first.unmount();
		vi.setSystemTime(new Date(start.getTime() + 10 * 60_000));
		render(<MockExam catalogueUrl="unused" catalogue={catalogue} />);
		expect(heading().textContent).toBe('Question 2 of 6');
		expect(screen.getByText('Time left:').textContent).toContain('50:00');
		expect(screen.getByRole('button', { name: 'Question 1, answered' })).toBeTruthy();
		expect(screen.getAllByRole('status')[0]!.textContent).toContain('resumed');
	});

	it('keeps every result in a history, newest first, and can review an old one', () => {
		render(<MockExam catalogueUrl="unused" catalogue={catalogue} seed="class1" />);
		for (const seed of ['first', 'second']) {
			fireEvent.input(screen.getByLabelText('Paper seed'), { target: { value: seed } });
			fireEvent.click(screen.getByRole('button', { name: 'Start the exam' }));
			vi.setSystemTime(new Date(Date.now() + 5 * 60_000));
			fireEvent.click(screen.getByRole('button', { name: 'Submit the exam' }));
			fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
			fireEvent.click(screen.getByRole('button', { name: 'Back to the mock exam start' }));
		}
		const rows = [...document.querySelectorAll('.mock-exam-history tbody tr')];
		expect(rows.map((row) => row.querySelector('code')!.textContent)).toEqual(['second', 'first']);
		expect(rows[0]!.textContent).toContain('0 of 6');
		expect(within(rows[1] as HTMLElement).getByRole('link', { name: 'Sit this paper again' }).getAttribute('href')).toMatch(/\?seed=first$/);
		fireEvent.click(within(rows[1] as HTMLElement).getByRole('button', { name: /Review the exam of/ }));
		expect(screen.getByRole('heading', { name: 'Your result' })).toBeTruthy();
	});
});
