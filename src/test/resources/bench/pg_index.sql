-- PostgreSQL baseline, after COPY: every KNOWS or TRUSTS tie in both directions (a symmetric edge table, so a
-- walk never needs a UNION per step), indexed on both ends, with what the usable-hop filter reads covered by the
-- index; tags indexed both ways.
CREATE UNLOGGED TABLE hop AS
  SELECT a, b, strength, context = 'card-exchange' AS weak FROM tie WHERE type IN ('KNOWS', 'TRUSTS')
  UNION ALL
  SELECT b, a, strength, context = 'card-exchange' FROM tie WHERE type IN ('KNOWS', 'TRUSTS');
CREATE INDEX hop_src ON hop (a) INCLUDE (b, strength, weak);
CREATE INDEX hop_dst ON hop (b);
CREATE INDEX person_tag_tag ON person_tag (tag, person);
CREATE INDEX person_tag_person ON person_tag (person, tag);
