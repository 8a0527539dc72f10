/** @jsxImportSource hono/jsx */

import { A, H1, H2, P } from './components.tsx';
import { Layout } from './layout.tsx';
import type { View } from './view.ts';

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

/**
 * A role's overview, the page it lands on after signing in: what waits for it, and links on.
 * Each group gives its own introduction, tasks and links; the frame is the same for all.
 */
export function OverviewPage(props: {
  v: View;
  intro: string;
  tasks: Task[];
  links?: { href: string; label: string }[];
}) {
  const { v } = props;
  return (
    <Layout v={v} title={v.t.nav.overview} current="overview">
      <H1>{v.t.nav.overview}</H1>
      <P>{props.intro}</P>
      <TaskList v={v} tasks={props.tasks} />
      {props.links?.length ? (
        <div class="im-actions">
          {props.links.map((link) => (
            <A href={link.href}>{link.label}</A>
          ))}
        </div>
      ) : null}
    </Layout>
  );
}

/** The open tasks, most urgent first (as the page orders them), or that nothing waits. */
function TaskList(props: { v: View; tasks: Task[] }) {
  const { v } = props;
  return (
    <section aria-labelledby="taken">
      <H2 id="taken">
        {v.t.tasks.title} ({props.tasks.length})
      </H2>
      {props.tasks.length === 0 ? (
        <P>{v.t.tasks.none}</P>
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
