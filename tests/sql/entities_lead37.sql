-- entities_lead37.sql: the session of 2026-11-29 (ext/entities.c), on text of our own.
-- Each line prints id|1.
-- a name joined to a word of relation ("-parent", "-owned", "-backed") is a MISC alone, and
-- the name after it a mention of its own
select 'el37_01', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Investors loved KFC-parent Yum Brands, and the Gazprom-owned insurer Sogaz cut its stake in Kremlin-backed Channel One.'))
  = 'KFC-parent/MISC;Yum Brands/ORG;Gazprom-owned/MISC;Sogaz/ORG;Kremlin-backed/MISC;Channel One/ORG';
