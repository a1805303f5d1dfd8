import { Fragment, type ReactNode } from 'react';

/**
 * A small highlighter for the two formats we print (CloudFormation YAML and JSON): keys, strings,
 * numbers, booleans, intrinsic-function tags and comments. Text goes into React nodes, never HTML.
 */
const YAML_LINE = /^(\s*-?\s*)([A-Za-z0-9_:.-]+)(:)(.*)$/;
const JSON_LINE = /^(\s*)("(?:[^"\\]|\\.)*")(:)(.*)$/;
const TOKEN =
  /(![A-Za-z]+)|("(?:[^"\\]|\\.)*"|'[^']*')|((?<=^|[\s[,])-?\d+(?:\.\d+)?(?=$|[\s,\]]))|(\btrue\b|\bfalse\b|\bnull\b)|(#.*$)/g;

function tokens(text: string, offset: number): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const cls = m[1]
      ? 'cw-hl-tag'
      : m[2]
        ? 'cw-hl-string'
        : m[3]
          ? 'cw-hl-number'
          : m[4]
            ? 'cw-hl-bool'
            : 'cw-hl-comment';
    out.push(
      <span key={offset + m.index} className={cls}>
        {m[0]}
      </span>,
    );
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function Highlighted({ text, format }: { text: string; format: 'yaml' | 'json' }) {
  const lines = text.split('\n');
  return (
    <>
      {lines.map((line, i) => {
        const m = (format === 'yaml' ? YAML_LINE : JSON_LINE).exec(line);
        if (m) {
          return (
            <Fragment key={i}>
              {m[1]}
              <span className="cw-hl-key">{m[2]}</span>
              {m[3]}
              {tokens(m[4], i * 10000)}
              {'\n'}
            </Fragment>
          );
        }
        return (
          <Fragment key={i}>
            {tokens(line, i * 10000)}
            {'\n'}
          </Fragment>
        );
      })}
    </>
  );
}
