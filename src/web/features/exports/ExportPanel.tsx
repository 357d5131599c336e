import type { ReactNode } from 'react';

/** One kind of download: a panel with its heading, what it gives, its choices and the link. */
export function ExportPanel(props: { id: string; title: string; intro: string; children: ReactNode }) {
  return (
    <section className="panel" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <p>{props.intro}</p>
      {props.children}
    </section>
  );
}
