import { Alert, App, Button, Card, Checkbox, Input, Radio, Space, Spin, Typography } from 'antd';
import { courts } from '@oryndau/domain';
import { useEffect, useMemo, useState } from 'react';
import { enpMatrixApi } from '../api/enp-api.ts';
import type { EnpMatrixResponse } from '../api/enp-api.ts';
import { ApiError } from '../api/http-client.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useLoad } from '../components/use-load.ts';
import { useFormatDateTime } from '../format/use-date-time.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { useEnpOfficeText } from './enp-office-texts.ts';
import type { EnpOfficeKey } from './enp-office-texts.ts';

type Cell = EnpMatrixResponse['cells'][number];
type Form = Cell['form'];
const FORMS: readonly Form[] = ['civil', 'criminal', 'administrative'];
const FORM_KEYS: Record<Form, EnpOfficeKey> = { civil: 'formCivil', criminal: 'formCriminal', administrative: 'formAdministrative' };
const cellKey = (c: Pick<Cell, 'form' | 'category' | 'kind'>) => `${c.form}|${c.category}|${c.kind}`;
const sameCell = (a: Cell, b: Cell) => a.allowed === b.allowed && a.confirmed === b.confirmed && a.basis.kk === b.basis.kk && a.basis.ru === b.basis.ru;

/**
 * Issue 16 item 4 (ENP-6): the administrator edits the visibility matrix —
 * participant category × document kind, per form of proceedings — with the
 * legal basis of each cell and whether it was checked against the law.
 * Saving makes a new version against the one loaded (the server answers 409
 * when someone saved first, and nothing is half-saved); every earlier
 * version stays. The participant's case query reads the version in force.
 */
export function EnpMatrixPage() {
  const et = useEnpOfficeText();
  const language = useUiLanguage();
  const formatDateTime = useFormatDateTime();
  const { message } = App.useApp();
  const [loaded, reload] = useLoad(() => enpMatrixApi.get(), 'enp-matrix');
  const [cells, setCells] = useState<Map<string, Cell>>(new Map());
  const [form, setForm] = useState<Form>('civil');
  const [selected, setSelected] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const base = loaded.status === 'ok' ? loaded.data : null;
  useEffect(() => {
    if (base === null) return;
    setCells(new Map(base.cells.map((c) => [cellKey(c), c])));
    setSelected(null);
  }, [base]);
  const original = useMemo(() => new Map((base?.cells ?? []).map((c) => [cellKey(c), c])), [base]);
  const changed = [...cells.entries()].filter(([key, cell]) => { const was = original.get(key); return was === undefined || !sameCell(was, cell); }).length;

  if (loaded.status === 'loading') return <Spin />;
  if (loaded.status === 'error') return <ErrorAlert error={loaded.error} />;
  const matrix = loaded.data;
  const categoryName = (category: Cell['category']) => courts.PARTICIPANT_CATEGORY_TEXTS[category][language];
  const kindName = (kind: string) => matrix.kinds.find((k) => k.kind === kind)?.name[language] ?? kind;
  const update = (key: string, change: Partial<Cell>) => setCells((now) => {
    const cell = now.get(key);
    if (cell === undefined) return now;
    const next = new Map(now);
    next.set(key, { ...cell, ...change, basis: { ...cell.basis, ...change.basis } });
    return next;
  });
  const categories = courts.participantCategoriesFor(form).filter((category) => cells.has(cellKey({ form, category, kind: matrix.kinds[0]?.kind ?? '' })));
  const current = selected === null ? undefined : cells.get(selected);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await enpMatrixApi.save({ baseVersion: matrix.version, note, cells: [...cells.values()] });
      message.success(et('matrixSaved', { version: saved.version }));
      setNote('');
      reload();
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
      if (!(e instanceof ApiError)) throw e;
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size="large" className="page" data-testid="enp-matrix-page">
      <Typography.Title level={1}>{et('matrixTitle')}</Typography.Title>
      <Typography.Paragraph>{et('matrixIntro')}</Typography.Paragraph>
      <Typography.Text data-testid="enp-matrix-version">
        {et('matrixVersion', { version: matrix.version, at: formatDateTime(matrix.createdAt) })}{matrix.note ? ` — ${matrix.note}` : ''}
      </Typography.Text>
      <Radio.Group value={form} onChange={(e) => { setForm(e.target.value as Form); setSelected(null); }} aria-label={et('matrixForm')}
        optionType="button" options={FORMS.map((f) => ({ value: f, label: et(FORM_KEYS[f]) }))} />
      <div className="table-scroll">
        <table className="enp-matrix" data-testid="enp-matrix">
          <caption>{et('matrixCaption', { form: et(FORM_KEYS[form]) })}</caption>
          <thead>
            <tr>
              <th scope="col">{et('matrixCategory')}</th>
              {matrix.kinds.map((k) => <th scope="col" key={k.kind}>{k.name[language]}</th>)}
            </tr>
          </thead>
          <tbody>
            {categories.map((category) => (
              <tr key={category}>
                <th scope="row">{categoryName(category)}</th>
                {matrix.kinds.map(({ kind }) => {
                  const key = cellKey({ form, category, kind });
                  const cell = cells.get(key);
                  if (cell === undefined) return <td key={kind} />;
                  const label = et('matrixCell', { category: categoryName(category), kind: kindName(kind) });
                  return (
                    <td key={kind} className={key === selected ? 'enp-matrix__cell--selected' : undefined}>
                      <Checkbox checked={cell.allowed} aria-label={label} data-testid={`enp-matrix-${key}`}
                        onChange={(e) => update(key, { allowed: e.target.checked })} />
                      <Button type="link" size="small" onClick={() => setSelected(key)} aria-label={`${label}: ${et('matrixShowBasis')}`}
                        title={cell.basis[language]}>
                        {cell.confirmed ? '§' : '§?'}
                      </Button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Typography.Text type="secondary">§? — {et('matrixUnconfirmed')}. {et('matrixBasisHint')}</Typography.Text>
      {current !== undefined && selected !== null && (
        <Card title={et('matrixBasisTitle', { cell: et('matrixCell', { category: categoryName(current.category), kind: kindName(current.kind) }) })}
          data-testid="enp-matrix-basis">
          <Space orientation="vertical" className="page">
            <label>
              {et('matrixBasisKk')}
              <Input.TextArea lang="kk" value={current.basis.kk} autoSize maxLength={1000}
                onChange={(e) => update(selected, { basis: { kk: e.target.value, ru: current.basis.ru } })} />
            </label>
            <label>
              {et('matrixBasisRu')}
              <Input.TextArea lang="ru" value={current.basis.ru} autoSize maxLength={1000}
                onChange={(e) => update(selected, { basis: { kk: current.basis.kk, ru: e.target.value } })} />
            </label>
            <Checkbox checked={current.confirmed} onChange={(e) => update(selected, { confirmed: e.target.checked })}>{et('matrixConfirmed')}</Checkbox>
          </Space>
        </Card>
      )}
      <label>
        {et('matrixNote')}
        <Input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} data-testid="enp-matrix-note" />
      </label>
      {error !== null && (
        <Space orientation="vertical">
          <ErrorAlert error={error} />
          <Button onClick={() => { setError(null); reload(); }}>{et('matrixReload')}</Button>
        </Space>
      )}
      {changed > 0 && <Alert type="info" showIcon title={et('matrixChanged', { count: changed })} />}
      <Button type="primary" onClick={() => void save()} loading={busy} disabled={changed === 0} data-testid="enp-matrix-save">{et('matrixSave')}</Button>
    </Space>
  );
}
