import { STAMP_PREFIX } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import { fixtureCompare, fixtureExport, HOSTILE } from './exportFixture.ts';
import { findStamp } from './findStamp.ts';
import { renderAkomaNtoso } from './renderAkomaNtoso.ts';
import { xmlText } from './xmlTree.ts';

const eIdsOf = (xml: string) => [...xml.matchAll(/ eId="([^"]+)"/g)].map((match) => match[1]);

describe('renderAkomaNtoso', () => {
  it('writes every clause string as escaped text, never as markup', () => {
    const xml = renderAkomaNtoso(fixtureExport(), 't-test');
    expect(xml).not.toMatch(/<script/i);
    for (const control of ['\u0000', '\u0007', '\u001F']) expect(xml).not.toContain(control);
    for (const value of Object.values(HOSTILE)) expect(xml).toContain(xmlText(value));
    expect(xml).toContain('<p>beforeNULBELafter</p>');
    expect(xml).toContain(`<p>${HOSTILE.unbroken}</p>`);
    expect(xml).toContain('<heading>Heading &lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</heading>');
    expect(xml).toContain('<docTitle>Framework &lt;Agreement&gt; &amp; "Guarantees"</docTitle>');
  });

  it('is an act with FRBR identity, preface, preamble and one article per clause', () => {
    const xml = renderAkomaNtoso(fixtureExport(), 't-test');
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<akomaNtoso xmlns="http:\/\/docs.oasis-open.org\/legaldocml\/ns\/akn\/3.0"/,
    );
    expect(xml).toContain('<act name="treaty">');
    expect(xml).toContain('<FRBRthis value="/akn/un/act/treaty/t-test/!main"/>');
    expect(xml).toContain('<FRBRuri value="/akn/un/act/treaty/t-test/eng@2026-11-30"/>');
    expect(xml).toContain('<FRBRcountry value="un"/>');
    expect(xml).toContain('<FRBRlanguage language="eng"/>');
    expect(xml).toContain(
      '<eventRef eId="e_export" date="2026-11-30" source="#original" type="generation"/>',
    );
    expect(xml).toContain(
      '<TLCOrganization eId="org_ua" href="/ontology/organization/pactum/ua" showAs="Ukraine" shortForm="UA"/>',
    );
    expect(xml).toContain('<preamble>\n      <p>The Parties to this Agreement,</p>');
    const order = ['<meta>', '<preface>', '<preamble>', '<body>'].map((tag) => xml.indexOf(tag));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const articles = [
      ...xml.matchAll(
        /<article eId="(art_\d+)" GUID="([^"]+)">\n\s*<num>([^<]+)<\/num>\n\s*<heading>([^<]+)</g,
      ),
    ];
    expect(articles.map((match) => match.slice(1))).toEqual([
      ['art_1', 'c-definitions', 'Article 1', 'Definitions'],
      ['art_2', 'c-hostile', 'Article 2', 'Heading &lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
      ['art_3', 'c-activation', 'Article 3', 'Activation'],
    ]);
  });

  it('keeps formatting and lists as AKN inlines and blockLists with their numbers', () => {
    const xml = renderAkomaNtoso(fixtureExport(), 't-test');
    expect(xml).toContain('<p>For the purposes of <b>this Agreement</b>:</p>');
    expect(xml).toContain('<p>“Armed attack” means <i>any</i> use of force;</p>');
    expect(xml).toContain('<p>line one<br/><b><i>line two</i></b></p>');
    expect(xml).toContain('<blockList eId="art_1__list_1" class="ordered">');
    expect(xml).toMatch(/<item eId="art_1__list_1__item_b">\n\s*<num>b\.<\/num>/);
    expect(xml).toMatch(/<item eId="art_1__list_1__item_b__list_1__item_2">\n\s*<num>2\.<\/num>/);
    expect(xml).toContain('<blockList eId="art_1__list_2" class="unordered">');
  });

  it('marks brackets, options and reservations with AKN references, and says so in editorial notes', () => {
    const xml = renderAkomaNtoso(fixtureExport(), 't-test');
    expect(xml).toContain(
      '<blockContainer eId="art_3__bracketed" class="bracketed" refersTo="#bracketed #org_fr">',
    );
    expect(xml).toContain('<p class="statusNote" status="editorial"><remark>Bracketed by FR</remark></p>');
    expect(xml).toContain(
      '<blockContainer eId="art_3__option_1" class="option" alternativeTo="#art_3" refersTo="#org_uk">',
    );
    expect(xml).toContain('<p>Assistance shall be provided &lt;within&gt; 48 hours.</p>');
    expect(xml).toContain(
      '<p class="reservation" status="editorial">Reservation of PL: <opinion by="#org_pl">Subject to &lt;/opinion&gt; ratification.</opinion></p>',
    );
    expect(xml).toContain('<TLCOrganization eId="org_pl"');
  });

  it('carries tags, status and the stamp in proprietary metadata, where findStamp finds it', () => {
    const document = fixtureExport();
    const xml = renderAkomaNtoso(document, 't-test');
    const clause = xml.slice(xml.indexOf('<pactum:clause clauseId="c-activation"'));
    expect(clause).toMatch(
      /^<pactum:clause clauseId="c-activation" article="#art_3" number="3" status="bracketed">/,
    );
    expect(clause).toContain('<pactum:domain>Military assistance</pactum:domain>');
    expect(clause).toContain('<pactum:trigger>Armed attack on territory, severity ≥ 3');
    expect(clause).toContain('<pactum:bracketedBy code="FR" refersTo="#org_fr"/>');
    expect(xml).toContain(
      '<keyword value="Military assistance" showAs="Military assistance" dictionary="#pactumDomains" href="#art_3"/>',
    );
    expect(xml).toContain(`<pactum:stamp>${STAMP_PREFIX}${document.stamp}</pactum:stamp>`);
    expect(findStamp(Buffer.from(xml, 'utf8'))).toBe(document.stamp);
  });

  it('gives unique eIds in a compare, where a removed article keeps its older number', () => {
    const xml = renderAkomaNtoso(fixtureCompare(), 't-test');
    const eIds = eIdsOf(xml);
    expect(new Set(eIds).size).toBe(eIds.length);
    expect(xml).toContain('<article eId="art_2_removed" GUID="c-hostile" status="removed">');
    expect(xml).toContain('<p><del>&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</del></p>');
    expect(xml).toContain(
      '<p><ins>Promptly, </ins>The Supporting States shall provide assistance within 72 hours.</p>',
    );
    expect(xml).not.toMatch(/<script/i);
  });

  it('lists the open articles of an agreed export and still writes a valid body without any', () => {
    const xml = renderAkomaNtoso(fixtureExport('agreed'), 't-test');
    expect(xml).not.toContain('<article ');
    expect(xml).toContain('<hcontainer eId="hcontainer_1" name="noArticles">');
    expect(xml).toContain('Not included, still under negotiation: Article 1 — Definitions (draft);');
    expect(xml).toContain(
      '<pactum:openArticle number="3" label="Article 3" heading="Activation" status="bracketed"/>',
    );
  });
});
