-- Reference data that projects, people, centres and agreements classify themselves by.
-- Outside the database both are referred to by code (the /disciplines paths, search
-- filters, an agreement's area codes, the demo dataset), so the code is the stable
-- identity and the uuid is there to keep every entity shaped alike.

-- Disciplines form a tree: the OECD Fields of Research and Development (FORD, Frascati
-- Manual 2015), both of its levels, plus registry-specific third-level children where
-- the partnership needs finer facets than FORD offers. A filter on a code matches its
-- whole subtree, and a code's ancestors can be read off the code itself ("3.2.1" ->
-- "3.2" -> "3"), which is why the tree is encoded in the code.
CREATE TABLE discipline (
    id          uuid         PRIMARY KEY,
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    code        varchar(16)  NOT NULL UNIQUE CHECK (code ~ '^[1-9](\.[0-9]{1,2}){0,2}$'),
    name        varchar(200) NOT NULL CHECK (length(btrim(name)) > 0),
    name_zh     varchar(200),
    parent_code varchar(16) REFERENCES discipline (code),
    -- The parent must be exactly the code minus its last segment, so a top-level field
    -- has none and "3.2.1" can only hang under "3.2": ancestors read off a code then
    -- always agree with the parent links.
    CONSTRAINT discipline_parent_matches_code CHECK (parent_code IS NOT DISTINCT FROM
           nullif(regexp_replace(code, '\.[0-9]{1,2}$', ''), code))
);

CREATE INDEX discipline_parent_idx ON discipline (parent_code);

-- Collaboration areas are what an agreement commits the parties to work on; the codes
-- are upper-case so they read as enum-like constants in JSON and query strings.
CREATE TABLE collaboration_area (
    id          uuid         PRIMARY KEY,
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    code        varchar(40)  NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    name        varchar(200) NOT NULL CHECK (length(btrim(name)) > 0),
    name_zh     varchar(200),
    description text
);

INSERT INTO discipline (id, version, created_at, updated_at, code, name, name_zh, parent_code)
SELECT gen_random_uuid(), 0, now(), now(), d.code, d.name, d.name_zh, d.parent_code
FROM (VALUES
    ('1',    'Natural sciences',                                              '自然科学',               NULL),
    ('1.1',  'Mathematics',                                                   '数学',                   '1'),
    ('1.2',  'Computer and information sciences',                             '计算机与信息科学',       '1'),
    ('1.3',  'Physical sciences',                                             '物理科学',               '1'),
    ('1.4',  'Chemical sciences',                                             '化学科学',               '1'),
    ('1.5',  'Earth and related environmental sciences',                      '地球及相关环境科学',     '1'),
    ('1.6',  'Biological sciences',                                           '生物科学',               '1'),
    ('1.7',  'Other natural sciences',                                        '其他自然科学',           '1'),

    ('2',    'Engineering and technology',                                    '工程与技术',             NULL),
    ('2.1',  'Civil engineering',                                             '土木工程',               '2'),
    ('2.2',  'Electrical engineering, electronic engineering, information engineering',
                                                                              '电气工程、电子工程、信息工程', '2'),
    ('2.3',  'Mechanical engineering',                                        '机械工程',               '2'),
    ('2.4',  'Chemical engineering',                                          '化学工程',               '2'),
    ('2.5',  'Materials engineering',                                         '材料工程',               '2'),
    ('2.6',  'Medical engineering',                                           '医学工程',               '2'),
    ('2.7',  'Environmental engineering',                                     '环境工程',               '2'),
    ('2.8',  'Environmental biotechnology',                                   '环境生物技术',           '2'),
    ('2.9',  'Industrial biotechnology',                                      '工业生物技术',           '2'),
    ('2.10', 'Nano-technology',                                               '纳米技术',               '2'),
    ('2.11', 'Other engineering and technologies',                            '其他工程与技术',         '2'),

    ('3',    'Medical and health sciences',                                   '医学与健康科学',         NULL),
    ('3.1',  'Basic medicine',                                                '基础医学',               '3'),
    ('3.2',  'Clinical medicine',                                             '临床医学',               '3'),
    ('3.3',  'Health sciences',                                               '健康科学',               '3'),
    ('3.4',  'Medical biotechnology',                                         '医学生物技术',           '3'),
    ('3.5',  'Other medical sciences',                                        '其他医学科学',           '3'),

    ('4',    'Agricultural and veterinary sciences',                          '农业与兽医科学',         NULL),
    ('4.1',  'Agriculture, forestry, and fisheries',                          '农业、林业和渔业',       '4'),
    ('4.2',  'Animal and dairy science',                                      '畜牧与乳品科学',         '4'),
    ('4.3',  'Veterinary science',                                            '兽医学',                 '4'),
    ('4.4',  'Agricultural biotechnology',                                    '农业生物技术',           '4'),
    ('4.5',  'Other agricultural sciences',                                   '其他农业科学',           '4'),

    ('5',    'Social sciences',                                               '社会科学',               NULL),
    ('5.1',  'Psychology and cognitive sciences',                             '心理学与认知科学',       '5'),
    ('5.2',  'Economics and business',                                        '经济学与商学',           '5'),
    ('5.3',  'Education',                                                     '教育学',                 '5'),
    ('5.4',  'Sociology',                                                     '社会学',                 '5'),
    ('5.5',  'Law',                                                           '法学',                   '5'),
    ('5.6',  'Political science',                                             '政治学',                 '5'),
    ('5.7',  'Social and economic geography',                                 '社会与经济地理学',       '5'),
    ('5.8',  'Media and communications',                                      '媒体与传播',             '5'),
    ('5.9',  'Other social sciences',                                         '其他社会科学',           '5'),

    ('6',    'Humanities and the arts',                                       '人文与艺术',             NULL),
    ('6.1',  'History and archaeology',                                       '历史学与考古学',         '6'),
    ('6.2',  'Languages and literature',                                      '语言与文学',             '6'),
    ('6.3',  'Philosophy, ethics and religion',                               '哲学、伦理学与宗教',     '6'),
    ('6.4',  'Arts (arts, history of arts, performing arts, music)',          '艺术(艺术、艺术史、表演艺术、音乐)', '6'),
    ('6.5',  'Other humanities',                                              '其他人文学科',           '6'),

    -- Registry-specific children. Each sits under the FORD field a researcher would
    -- filter by first, so that a subtree filter on that field still finds it.

    -- AI in medicine goes under Clinical medicine rather than Health sciences: the
    -- partnership's AI work is built with and for the affiliated hospitals (diagnosis,
    -- treatment planning, clinical decision support), and FORD's Health sciences is about
    -- population health and health services, which Public health data science covers.
    ('3.2.1', 'AI in medicine',                                               '人工智能医学',           '3.2'),
    -- FORD files radiology and medical imaging under Clinical medicine.
    ('3.2.2', 'Medical imaging',                                              '医学影像',               '3.2'),
    ('3.2.3', 'Clinical therapy technologies',                                '临床治疗技术',           '3.2'),
    ('3.2.4', 'Precision oncology',                                           '精准肿瘤学',             '3.2'),
    ('3.2.5', 'Cardiology',                                                   '心血管病学',             '3.2'),
    ('3.2.6', 'Hepatobiliary and pancreatic surgery',                         '肝胆胰外科',             '3.2'),
    ('3.2.7', 'Minimally invasive surgery',                                   '微创外科',               '3.2'),
    -- Neuroscience and pharmacology are basic medicine in FORD; drug discovery follows
    -- pharmacology there rather than going to Chemical sciences.
    ('3.1.1', 'Neuroscience',                                                 '神经科学',               '3.1'),
    ('3.1.2', 'Drug discovery',                                               '药物发现',               '3.1'),
    ('3.3.1', 'Public health data science',                                   '公共卫生数据科学',       '3.3'),
    -- Regenerative medicine manipulates cells and tissues, which is what FORD means by
    -- Medical biotechnology.
    ('3.4.1', 'Regenerative medicine',                                        '再生医学',               '3.4'),
    -- Medical education is kept inside Medical and health sciences, not under 5.3
    -- Education, because it is run by the medical school and hospitals and should show
    -- up when someone filters the registry to medicine.
    ('3.5.1', 'Medical education',                                            '医学教育',               '3.5'),
    ('2.6.1', 'Medical robotics',                                             '医疗机器人',             '2.6')
) AS d (code, name, name_zh, parent_code);

-- The five areas of the founding announcement (HKUST's MoUs with the First Affiliated
-- Hospital, the Second Affiliated Hospital and Sir Run Run Shaw Hospital of Zhejiang
-- University School of Medicine). Clinical therapy technologies and basic research are
-- one area because the announcement pairs them as one commitment.
INSERT INTO collaboration_area (id, version, created_at, updated_at, code, name, name_zh, description)
SELECT gen_random_uuid(), 0, now(), now(), a.code, a.name, a.name_zh, a.description
FROM (VALUES
    ('MEDICAL_EDUCATION',
     'Medical education and clinical training', '医学教育与临床培训',
     'Rethinking how medical students and doctors are taught, from curricula and teaching methods to supervised clinical training.'),
    ('CLINICAL_RESEARCH',
     'Clinical therapy technologies and basic research', '临床治疗技术与基础研究',
     'Developing new diagnostic and therapeutic technologies together and the basic research that underpins them.'),
    ('JOINT_TEAMS_AND_CENTRES',
     'Joint research teams and centres', '联合研究团队与中心',
     'Setting up research teams and centres that are staffed and run jointly by the partner institutions.'),
    ('EXCHANGES',
     'Student and faculty exchanges', '学生与教师交流',
     'Moving students and faculty between the partners through joint training schemes and internship placements.'),
    ('INTERNATIONAL_COOPERATION',
     'International cooperation', '国际合作',
     'Working jointly with institutions and networks outside the partnership, and representing it internationally.')
) AS a (code, name, name_zh, description);
