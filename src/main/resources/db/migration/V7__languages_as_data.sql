-- Issue 12 §1: languages are data, not columns.
--
-- Names and titles become language-keyed JSONB maps ({"ar": …, "zh": …, "en": …}) instead of one
-- column per language. Why JSONB rather than a child table (entity, lang, text): the names are
-- always read and written whole with their row (the 206-state list, the synthesis export's JDBC
-- cursor) and never queried by language, so a map on the row costs no join and no N+1; the set
-- of keys is configuration (oer.languages), which a database constraint cannot know anyway. The
-- application checks completeness against the configured languages at start-up (registry terms
-- files) and on input (cycle titles); the constraints below only keep the shape honest: an
-- object whose keys are two-letter codes and whose values are non-blank strings.
create function is_language_map(m jsonb) returns boolean as $$
    select jsonb_typeof(m) = 'object'
       and m <> '{}'::jsonb
       and not exists (select 1 from jsonb_each(m) e
                       where e.key !~ '^[a-z]{2}$' or jsonb_typeof(e.value) <> 'string' or btrim(e.value #>> '{}') = '')
$$ language sql immutable;

alter table region add column names jsonb;
update region set names = jsonb_build_object('en', name_en, 'fr', name_fr, 'ar', name_ar);
alter table region alter column names set not null,
                   add constraint region_names_by_language check (is_language_map(names)),
                   drop column name_en, drop column name_fr, drop column name_ar;

alter table member_state add column names jsonb;
update member_state set names = jsonb_build_object('en', name_en, 'fr', name_fr, 'ar', name_ar);
alter table member_state alter column names set not null,
                         add constraint member_state_names_by_language check (is_language_map(names)),
                         drop column name_en, drop column name_fr, drop column name_ar;

-- The language a state is written to: any configured language (checked by the application), not
-- a list of three frozen in a constraint.
alter table member_state drop constraint member_state_language_check,
                         add constraint member_state_language_code check (language ~ '^[a-z]{2}$');

alter table reporting_cycle add column titles jsonb;
update reporting_cycle set titles = jsonb_build_object('en', title_en, 'fr', title_fr, 'ar', title_ar);
alter table reporting_cycle alter column titles set not null,
                            add constraint reporting_cycle_titles_by_language check (is_language_map(titles)),
                            drop column title_en, drop column title_fr, drop column title_ar;

-- The seeded consultations in Chinese, Russian and Spanish (English, French and Arabic are kept
-- as they were). Region and state names in every configured language follow the registry terms
-- files at start-up (src/main/resources/terms/<lang>.json).
update reporting_cycle set titles = titles || jsonb_build_object('zh', '关于2019年《关于开放教育资源的建议书》执行情况的第一次磋商', 'ru', 'Первая консультация по вопросу осуществления Рекомендации об открытых образовательных ресурсах (ООР) 2019 года', 'es', 'Primera consulta sobre la aplicación de la Recomendación sobre los Recursos Educativos Abiertos (REA) de 2019') where code = 'oer-2023';
update reporting_cycle set titles = titles || jsonb_build_object('zh', '关于2019年《关于开放教育资源的建议书》执行情况的第二次磋商', 'ru', 'Вторая консультация по вопросу осуществления Рекомендации об открытых образовательных ресурсах (ООР) 2019 года', 'es', 'Segunda consulta sobre la aplicación de la Recomendación sobre los Recursos Educativos Abiertos (REA) de 2019') where code = 'oer-2027';

-- Translations of a published questionnaire version, versioned on their own: the version's
-- structure and checksum never change when a translation is added or corrected. One row per
-- distinct content of (version, language); the newest is the one in force.
create table questionnaire_translation (
    id            bigserial    primary key,
    version       varchar(32)  not null references questionnaire_version (version),
    lang          varchar(2)   not null check (lang ~ '^[a-z]{2}$'),
    checksum      varchar(64)  not null,
    content       jsonb        not null,
    source_file   text         not null,
    published_at  timestamptz  not null,
    unique (version, lang, checksum)
);
create index questionnaire_translation_latest_idx on questionnaire_translation (version, lang, published_at desc);

create function questionnaire_translation_is_immutable() returns trigger as $$
begin
    raise exception 'translation % of questionnaire version % is published and cannot change; publish a corrected file', old.lang, old.version;
end;
$$ language plpgsql;

create trigger questionnaire_translation_immutable
    before update or delete on questionnaire_translation
    for each row execute function questionnaire_translation_is_immutable();
