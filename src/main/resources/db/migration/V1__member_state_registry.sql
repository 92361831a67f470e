-- UNESCO regions: data, not code. Names in the three languages of the system.
create table region (
    code        varchar(8)  primary key,
    name_en     text        not null,
    name_fr     text        not null,
    name_ar     text        not null,
    sort_order  integer     not null
);

insert into region (code, name_en, name_fr, name_ar, sort_order) values
 ('AFR', 'Africa', 'Afrique', 'أفريقيا', 1),
 ('ARB', 'Arab States', 'États arabes', 'الدول العربية', 2),
 ('APA', 'Asia and the Pacific', 'Asie et Pacifique', 'آسيا والمحيط الهادئ', 3),
 ('EUR', 'Europe and North America', 'Europe et Amérique du Nord', 'أوروبا وأمريكا الشمالية', 4),
 ('LAC', 'Latin America and the Caribbean', 'Amérique latine et Caraïbes', 'أمريكا اللاتينية والبحر الكاريبي', 5);

-- Member States and Associate Members. Names follow the shipped data file; region is owned by
-- administrators once loaded (see region_change).
create table member_state (
    code         varchar(3)     primary key check (code ~ '^[A-Z]{3}$'),
    name_en      text        not null,
    name_fr      text        not null,
    name_ar      text        not null,
    region_code  varchar(8)  not null references region (code),
    status       varchar(16) not null check (status in ('MEMBER', 'ASSOCIATE'))
);
create index member_state_region_idx on member_state (region_code);

-- Who moved which state to which region, and why.
create table region_change (
    id           bigserial    primary key,
    state_code   varchar(3)      not null references member_state (code),
    old_region   varchar(8)   not null references region (code),
    new_region   varchar(8)   not null references region (code),
    reason       text         not null,
    changed_by   text         not null,
    changed_at   timestamptz  not null
);
create index region_change_state_idx on region_change (state_code, changed_at);
