import { describe, expect, it } from 'vitest';
import { renderGuidePage, renderIndexPage } from '../../../scripts/guide-pages/render';
import { guides, publicGuides } from '../../../src/content/guides';
import { officialDocuments } from '../../../src/domain/official-documents';

/** The name of a seed letter as stored in the shared folder: meaningless to a citizen. */
const SEED_FILE = /\d{3}_[0-9a-f]{16}\.txt/;
/** Notes written for staff: a document's note ("hãy mở thử trước khi in") and a guide's staff note. */
const staffNotes = [...officialDocuments.map((d) => d.note), ...guides.map((g) => g.staffNote ?? '')].filter(Boolean);

describe('public guide pages', () => {
  const pages = [
    { name: 'index', html: renderIndexPage(publicGuides) },
    ...guides.map((g) => ({ name: g.slug, html: renderGuidePage(g) })),
  ];

  it('have staff notes to keep out (the test can fail)', () => {
    expect(staffNotes.length).toBeGreaterThan(officialDocuments.filter((d) => d.note).length);
  });

  it.each(pages)('$name names no seed file', ({ html }) => {
    expect(html).not.toMatch(SEED_FILE);
  });

  it.each(pages)('$name shows no staff-only note', ({ html }) => {
    for (const note of staffNotes) expect(html).not.toContain(note);
  });

  it('leave staff guides out of the public site', () => {
    const staff = guides.filter((g) => g.audience === 'staff');
    expect(staff.length).toBeGreaterThan(0);
    for (const g of staff) {
      expect(publicGuides).not.toContain(g);
      expect(renderIndexPage(publicGuides)).not.toContain(`href="${g.slug}/"`);
    }
  });
});
