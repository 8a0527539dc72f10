/** @jsxImportSource hono/jsx */

import { H1, P } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import { type Task, TaskList } from '#web/kit/tasks.tsx';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

export function ProgrammeHomePage(props: { v: View; tasks: Task[] }) {
  const { v } = props;
  const x = texts(v);
  return (
    <Layout v={v} title={x.title} current="overview">
      <H1>{x.title}</H1>
      <P>{x.intro}</P>
      <TaskList v={v} title={x.tasksTitle} tasks={props.tasks} none={x.none} />
    </Layout>
  );
}
