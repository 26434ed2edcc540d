// Notes are private details: a word that occurs only in someone's notes must not find them for a caller who may
// not read those notes. person_text is rebuilt without notes, for everyone; person_text_with_notes holds the same
// fields plus notes and is asked only about people whose notes the caller may read (admins; the adding account
// for its people). Both use the cjk analyzer of V0002, so bigrams, folding and scores work as before.
DROP INDEX person_text IF EXISTS;
CREATE FULLTEXT INDEX person_text IF NOT EXISTS
FOR (p:Person)
ON EACH [p.name, p.kana, p.headline, p.organization, p.role, p.tagsText, p.offersText, p.seeksText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX person_text_with_notes IF NOT EXISTS
FOR (p:Person)
ON EACH [p.name, p.kana, p.headline, p.organization, p.role, p.tagsText, p.offersText, p.seeksText, p.notes]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
