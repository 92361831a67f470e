-- The language letters are written in, for states whose language of correspondence is Chinese,
-- Russian or Spanish: until these were configured their default was English. Only rows still at
-- that default change (the Secretariat may have chosen otherwise since).
update member_state set language = 'es' where language = 'en' and code in ('ARG', 'BOL', 'CHL', 'COL', 'CRI', 'CUB', 'DOM', 'ECU', 'ESP', 'GTM', 'HND', 'MEX', 'NIC', 'PAN', 'PER', 'PRY', 'SLV', 'URY', 'VEN');
update member_state set language = 'ru' where language = 'en' and code in ('RUS', 'BLR', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB');
update member_state set language = 'zh' where language = 'en' and code = 'CHN';
