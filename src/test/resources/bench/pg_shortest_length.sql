-- PostgreSQL baseline for paths: the length of a shortest usable path (0 for the same person, -1 when none within
-- max_len), by a bidirectional breadth-first search level by level, each side with a global visited table
-- (primary key), always growing the side whose last level is smaller, stopping at the first meeting.
CREATE OR REPLACE FUNCTION shortest_length(src int, dst int, max_len int, min_strength double precision,
                                           include_weak boolean) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  da int := 0;
  db int := 0;
  na bigint := 1;
  nb bigint := 1;
  met int;
BEGIN
  IF src = dst THEN
    RETURN 0;
  END IF;
  CREATE TEMP TABLE IF NOT EXISTS seen_a (id int PRIMARY KEY, d int NOT NULL);
  CREATE TEMP TABLE IF NOT EXISTS seen_b (id int PRIMARY KEY, d int NOT NULL);
  TRUNCATE seen_a, seen_b;
  INSERT INTO seen_a VALUES (src, 0);
  INSERT INTO seen_b VALUES (dst, 0);
  WHILE da + db < max_len LOOP
    IF na = 0 OR nb = 0 THEN
      RETURN -1;
    END IF;
    IF na <= nb THEN
      INSERT INTO seen_a SELECT DISTINCT h.b, da + 1 FROM seen_a s JOIN hop h ON h.a = s.id
        WHERE s.d = da AND h.strength >= min_strength AND (include_weak OR NOT h.weak)
        ON CONFLICT (id) DO NOTHING;
      GET DIAGNOSTICS na = ROW_COUNT;
      da := da + 1;
      SELECT min(b.d) INTO met FROM seen_a a JOIN seen_b b ON b.id = a.id WHERE a.d = da;
      IF met IS NOT NULL THEN
        RETURN da + met;
      END IF;
    ELSE
      INSERT INTO seen_b SELECT DISTINCT h.b, db + 1 FROM seen_b s JOIN hop h ON h.a = s.id
        WHERE s.d = db AND h.strength >= min_strength AND (include_weak OR NOT h.weak)
        ON CONFLICT (id) DO NOTHING;
      GET DIAGNOSTICS nb = ROW_COUNT;
      db := db + 1;
      SELECT min(a.d) INTO met FROM seen_b b JOIN seen_a a ON a.id = b.id WHERE b.d = db;
      IF met IS NOT NULL THEN
        RETURN db + met;
      END IF;
    END IF;
  END LOOP;
  RETURN -1;
END
$$;
