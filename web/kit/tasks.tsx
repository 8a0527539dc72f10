/** @jsxImportSource hono/jsx */

import type { Role } from '#shared/auth/caller.ts';
import { A, H2, P } from './components.tsx';
import type { View } from './view.ts';

/** Where each role starts after signing in: its own overview of what waits for it. */
export const HOME_OF: Record<Role, string> = {
  sme: '/mijn',
  buyer: '/beheer',
  assessor: '/beoordelen',
  programme: '/programma',
  officer: '/rapporten',
  administrator: '/organisatie/medewerkers',
};

/** Something a person has to do, with where to do it and until when. */
export interface Task {
  text: string;
  href: string;
  /** The link's own words ("Besluit lezen"), read with the task's text by screen readers. */
  action: string;
  /** Until when, in words; late ones are marked. */
  due?: string;
  late?: boolean;
}

/** The open tasks, most urgent first (as the page orders them), or that nothing waits. */
export function TaskList(props: { v: View; title: string; tasks: Task[]; none: string }) {
  const { v } = props;
  return (
    <section aria-labelledby="taken">
      <H2 id="taken">
        {props.title} ({props.tasks.length})
      </H2>
      {props.tasks.length === 0 ? (
        <P>{props.none}</P>
      ) : (
        <ul class="im-tasks">
          {props.tasks.map((task) => (
            <li class={task.late ? 'im-task im-task--late' : 'im-task'}>
              <span class="im-task__text">{task.text}</span>
              {task.due ? (
                <span class="im-task__due">
                  {task.late ? <strong>{v.t.tasks.late} </strong> : null}
                  {task.due}
                </span>
              ) : null}
              <A href={task.href}>
                {task.action}
                <span class="im-visually-hidden">: {task.text}</span>
              </A>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
