import { describe, it, expect } from 'vitest';
import { detectDelimiter, parseCsv, parseJson, parseJsonl, recordsOfJson } from '../../../src/input/records-parse.js';
import { fieldKey, pickField, recordPages, valueText } from '../../../src/input/records.js';

describe('detectDelimiter', () => {
  it('picks the separator seen most in the header line', () => {
    expect(detectDelimiter('a,b,c\n1;2')).toBe(',');
    expect(detectDelimiter('title;description;location\nx')).toBe(';');
    expect(detectDelimiter('title\tdescription\nx')).toBe('\t');
    expect(detectDelimiter('title|description\nx')).toBe('|');
  });

  it('ignores separators inside quoted header names, and falls back when there are none', () => {
    expect(detectDelimiter('"a;b";c,d;e\n')).toBe(';');
    expect(detectDelimiter('description\nx')).toBe(',');
    expect(detectDelimiter('description\nx', '\t')).toBe('\t');
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with newlines and doubled quotes', async () => {
    const parsed = await parseCsv('title,description\nEngineer,"Line one\nline ""two"""\n', false);
    expect(parsed).toEqual({ fields: ['title', 'description'], records: [{ title: 'Engineer', description: 'Line one\nline "two"' }] });
  });

  it('reads ; separated files and keeps rows with missing or extra cells', async () => {
    const parsed = await parseCsv('title;description\nA;text a;extra\nB\n', false);
    expect(parsed).toEqual({ fields: ['title', 'description'], records: [{ title: 'A', description: 'text a' }, { title: 'B', description: '' }] });
  });

  it('names blank and repeated header cells so no column is lost', async () => {
    const parsed = await parseCsv('title,,title\na,b,c\n', false);
    expect(parsed).toEqual({ fields: ['title', 'column2', 'title_3'], records: [{ title: 'a', column2: 'b', title_3: 'c' }] });
  });

  it('takes a stray quote inside an unquoted cell as text', async () => {
    expect(await parseCsv('title,description\nTablet dev,Build apps for 10" screens\n', false)).toEqual({
      fields: ['title', 'description'],
      records: [{ title: 'Tablet dev', description: 'Build apps for 10" screens' }],
    });
  });

  it('reads TSV', async () => {
    expect(await parseCsv('title\tdescription\nA\tsome, text\n', true)).toEqual({ fields: ['title', 'description'], records: [{ title: 'A', description: 'some, text' }] });
  });

  it('reports an unclosed quote as corrupt-csv', async () => {
    expect(await parseCsv('title,description\nA,"never closed\n', false)).toMatchObject({ reason: 'corrupt-csv', detail: expect.stringMatching(/quote/i) });
  });
});

describe('parseJson / recordsOfJson', () => {
  it('reads an array of objects, fields in first-seen order', () => {
    expect(parseJson('[{"title":"A","text":"x"},{"body":"y"}]')).toEqual({ fields: ['title', 'text', 'body'], records: [{ title: 'A', text: 'x' }, { body: 'y' }] });
  });

  it('reads the first array of objects an object holds ({"jobs": [...]})', () => {
    expect(recordsOfJson({ count: 2, tags: ['a'], jobs: [{ description: 'x' }] })).toEqual({ fields: ['description'], records: [{ description: 'x' }] });
  });

  it('reads a single posting object as one record', () => {
    expect(recordsOfJson({ title: 'A', description: 'x' })).toEqual({ fields: ['title', 'description'], records: [{ title: 'A', description: 'x' }] });
  });

  it('keeps the numbering of array items that are not objects (strings are texts)', () => {
    expect(recordsOfJson(['posting text', 3, { text: 'y' }])).toEqual({ fields: ['text'], records: [{ text: 'posting text' }, {}, { text: 'y' }] });
  });

  it('reports malformed JSON as corrupt-json with the parser message', () => {
    expect(parseJson('{"jobs": [')).toMatchObject({ reason: 'corrupt-json', detail: expect.stringMatching(/JSON/) });
  });

  it('says when there are no records at all', () => {
    expect(parseJson('42')).toMatchObject({ reason: 'no-records' });
  });
});

describe('parseJsonl', () => {
  it('reads one object a line, skipping blank lines', () => {
    expect(parseJsonl('{"text":"a"}\n\n{"text":"b","title":"T"}\n')).toEqual({ fields: ['text', 'title'], records: [{ text: 'a' }, { text: 'b', title: 'T' }] });
  });

  it('names the bad line', () => {
    expect(parseJsonl('{"text":"a"}\n{"text": nope}\n')).toMatchObject({ reason: 'corrupt-json', detail: expect.stringMatching(/^line 2: /) });
    expect(parseJsonl('{"text":"a"}\n[1,2]\n')).toEqual({ reason: 'corrupt-json', detail: 'line 2: expected a JSON object' });
  });
});

describe('field choice', () => {
  it('compares names ignoring case, _, - and spaces', () => {
    expect(['Job_Description', 'job-description', 'JOB DESCRIPTION', 'jobDescription'].map(fieldKey)).toEqual(Array(4).fill('jobdescription'));
  });

  it('takes the first candidate the file has, in candidate order', () => {
    expect(pickField(['Body', 'Job Description'], undefined, ['description', 'job_description', 'body'])).toBe('Job Description');
    expect(pickField(['id', 'name'], undefined, ['description'])).toBeNull();
  });

  it('takes a named field, exact name first', () => {
    expect(pickField(['posting_body', 'postingBody'], 'postingBody', [])).toBe('postingBody');
    expect(pickField(['posting_body'], 'Posting Body', [])).toBe('posting_body');
    expect(pickField(['a'], 'b', ['a'])).toBeNull();
  });

  it('turns values into text', () => {
    expect([valueText(null), valueText(3), valueText(['a', 'b']), valueText({ k: 1 })]).toEqual(['', '3', 'a\nb', '{"k":1}']);
  });
});

describe('recordPages', () => {
  const parsed = {
    fields: ['Job Title', 'Description'],
    records: [
      { 'Job Title': ' Data\nEngineer ', Description: 'Build pipelines.\r\nUse Spark.' },
      { 'Job Title': 'Empty', Description: '  ' },
      { 'Job Title': 'SRE', Description: '<p>Run <b>Kubernetes</b>.</p><ul><li>On-call</li></ul>' },
    ],
  };

  it('makes one page per record with its row and title, converting HTML and skipping empty records', async () => {
    expect(await recordPages(parsed)).toEqual({
      empty: 1,
      pages: [
        { page: null, row: 1, firstLine: 1, title: 'Data Engineer', text: 'Build pipelines.\nUse Spark.' },
        { page: null, row: 3, firstLine: 1, title: 'SRE', text: 'Run Kubernetes.\n\n- On-call' },
      ],
    });
  });

  it('fails with no-text-field, listing the fields found', async () => {
    expect(await recordPages({ fields: ['id', 'name'], records: [{ id: 1 }] })).toEqual({
      reason: 'no-text-field',
      detail: 'no text field (looked for description, job_description, text, body, content); fields found: "id", "name"',
    });
    expect(await recordPages(parsed, { textField: 'summary' })).toEqual({
      reason: 'no-text-field',
      detail: 'no field "summary"; fields found: "Job Title", "Description"',
    });
  });

  it('reads the fields named by --text-field and --title-field', async () => {
    const r = await recordPages({ fields: ['role', 'notes'], records: [{ role: 'Go Dev', notes: 'Write Go.' }] }, { textField: 'notes', titleField: 'role' });
    expect(r).toEqual({ empty: 0, pages: [{ page: null, row: 1, firstLine: 1, title: 'Go Dev', text: 'Write Go.' }] });
  });
});
