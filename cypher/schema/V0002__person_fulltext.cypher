// Full text over everything that says what kind of person someone is. The cjk analyzer indexes Japanese
// as overlapping bigrams (so デザイナー is found inside グラフィックデザイナー, and 起業 does not match
// 起きる…営業), folds full-width Latin and half-width katakana, and lowercases English.
// List properties are mirrored into *Text strings so every field is plain text to the index.
CREATE FULLTEXT INDEX person_text IF NOT EXISTS
FOR (p:Person)
ON EACH [p.name, p.kana, p.headline, p.organization, p.role, p.tagsText, p.offersText, p.seeksText, p.notes]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
