/**
 * The pieces the printed forms are made of: always Japanese (the official form), whatever the UI
 * language. A choice prints all the printed options with the chosen ones circled (○ on paper) or
 * boxed (■ on the 主治医意見書); dates print in 和暦; text keeps its line breaks.
 */
import type { ReactNode } from 'react';
import type { MessageKey, MessageParams } from '@/lib/i18n/catalogue';
import { formatMessage } from '@/lib/i18n/format-message';
import { ja as japanese } from '@/lib/i18n/messages/ja';
import { formatWareki } from '@/lib/i18n/wareki';

/** The full-width space the printed forms are spaced with. */
export const gap = '\u3000';

/** The Japanese catalogue, for the printed sheet. */
export const ja = (key: string, params?: MessageParams) => formatMessage(japanese[key as MessageKey], params);

export function Sheet({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <article className={`print-sheet print-alone ${className ?? ''}`} lang="ja">
      {children}
    </article>
  );
}

/** A table of the form's rows: the printed label in the first column. */
export function Grid({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <table className={`print-grid ${className ?? ''}`}>
      <tbody>{children}</tbody>
    </table>
  );
}

export function Row({
  label,
  children,
  span = 3,
  labelSpan,
}: {
  label: ReactNode;
  children?: ReactNode;
  span?: number;
  labelSpan?: number;
}) {
  return (
    <tr>
      <th scope="row" rowSpan={labelSpan}>
        {label}
      </th>
      <td colSpan={span}>{children}</td>
    </tr>
  );
}

/** Free text as written, line breaks kept. */
export function Text({ value }: { value: unknown }) {
  return <span className="print-text">{typeof value === 'string' ? value : ''}</span>;
}

export function Wareki({ day }: { day: unknown }) {
  return <span className="print-date">{typeof day === 'string' && day ? formatWareki(day) : ja('formPrint.blankDate')}</span>;
}

/** Every option as printed, the chosen ones circled. */
export function Circles({
  options,
  chosen,
  labelOf,
  separator = '・',
}: {
  options: readonly string[];
  chosen: unknown;
  labelOf: (option: string) => string;
  separator?: string;
}) {
  const picked = Array.isArray(chosen) ? (chosen as string[]) : typeof chosen === 'string' ? [chosen] : [];
  return (
    <span className="print-choices">
      {options.map((option, index) => (
        <span key={option}>
          {index > 0 && separator}
          <span className={picked.includes(option) ? 'circled' : undefined} data-chosen={picked.includes(option) || undefined}>
            {labelOf(option)}
          </span>
        </span>
      ))}
    </span>
  );
}

/** Every option as printed with its box, ■ for the chosen ones. */
export function Boxes({
  options,
  chosen,
  labelOf,
  underlined = [],
}: {
  options: readonly string[];
  chosen: unknown;
  labelOf: (option: string) => string;
  underlined?: readonly string[];
}) {
  const picked = Array.isArray(chosen) ? (chosen as string[]) : typeof chosen === 'string' ? [chosen] : [];
  return (
    <span className="print-boxes">
      {options.map((option) => (
        <span key={option} className={underlined.includes(option) ? 'underlined' : undefined}>
          {picked.includes(option) ? ja('formPrint.checked') : ja('formPrint.unchecked')}
          {labelOf(option)}{' '}
        </span>
      ))}
    </span>
  );
}

/** A form's own label for a field or choice: `<prefix>.<key>` in Japanese. */
export function labelsOf(prefix: string) {
  return {
    label: (key: string) => ja(`${prefix}.${key}`),
    option: (key: string) => (option: string) => ja(`${prefix}.${key}.${option}`),
    shared: (set: string) => (option: string) => ja(`formChoice.${set}.${option}`),
  };
}

/** The sheet's foot: which version, finalised by whom and when (or that it is a draft). */
export interface PrintMeta {
  version: number;
  final: boolean;
  by: string;
  /** When the server took the finalised form; null until it has (the device's clock is not the record's). */
  at: string | null;
}

export function Footer({ meta }: { meta: PrintMeta | null }) {
  if (!meta) return <p className="print-footer">{ja('formPrint.footerDraft')}</p>;
  const state = !meta.final
    ? ja('formPrint.footerDraft')
    : meta.at === null
      ? ja('formPrint.footerFinalUnsent', { name: meta.by })
      : ja('formPrint.footerFinal', { name: meta.by, time: meta.at });
  return <p className="print-footer">{ja('formPrint.footer', { version: meta.version > 1 ? `第${meta.version}版` : '', state })}</p>;
}
