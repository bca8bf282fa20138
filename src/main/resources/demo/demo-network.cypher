// =====================================================================
// Tsunagu demo network (つなぐ デモネットワーク)
//
// Built from the seed documents in shared/seeds so that a coordinator recognises the real cases:
//   000 兵庫県社協 第8次経営・活動計画 重点的取組①（特例貸付で顕在化した世帯への相談支援体制の強化）
//   001 兵庫県社協 ミニ特集「ほっとかへんネットワーカー配置による体制強化」（2023年7-8月号）事例① 宝塚市社協 / 事例② 太子町社協
//   002 全社協 地域福祉推進委員会 企画小委員会「包括的支援体制の構築に向けた社協の取り組みについて」（令和4年2月10日）4. 実施例 事例1-7
//   003 日本福祉大学 原田正樹「主任相談支援員養成研修」（社会的孤立の6類型）
//   004 全社協「社協と社会福祉法人・福祉施設の連携・協働推進方策」（共同宣言 令和2年7月31日, 実践事例）
//
// Towns and what each block holds (the rows of every statement below are grouped by town with a
// "── town — seed ──" comment):
//   兵庫県   (000, 001) 兵庫県社協, ほっとかへんネット, 体制強化事業（令和5年度〜）, ほっとかへんネットワーカー, 研修・連絡会議
//   小野市   (004 ①)   ほっとかへんネットおの（平成29年6月, 20法人, 社協が事務局, 「無理なくできることから」）,
//                      来住地区よりそい協議会（第2層協議体, 平成29年度）, 困りごと調査, 買い物バスツアー（社協のマイクロバス,
//                      法人職員の付き添い, 住民ボランティアの調整, 民生委員の添乗）
//   宝塚市   (001 ①)   借受世帯アンケート, スミレン’sワークいろり（企業から仕事を受注, 市社協が後方支援）, ほっとかへんネット
//   太子町   (001 ②)   フードバンク（町役場・NPO法人・民生委員児童委員協議会と連携, 通年で食品・日用品の寄付）,
//                      ほっとかへんネットの設立（令和5年度, 高齢・障害・保育の法人）, 住民向け相談会
//   うきは市 (004 ①)   うきは市社会福祉法人連絡協議会（平成26年, 全9法人）, 代表者会（年3回程度）, 社会貢献プロジェクト委員会,
//                      わくわく福祉出前講座, 障害者の居場所・買い物支援, 駅の清掃と花の寄贈, 第1層・第2層協議体
//   鶴田町   (004 ②)   つなぐ!!つながる!!暮らしのよりどころ相談所（令和3年3月, 7法人・社協・民生委員の3者協働, 西北モデル推進事業,
//                      7法人の施設に相談窓口, 除雪・買い物・ごみ出し, 「御用聞き」のアウトリーチ）
//   さぬき市 (004 ②)   香川おもいやりネットワーク事業, 5法人7施設, 地域ネットワーク会議で毎月の個別ケース検討会
//   吹田市   (004 ③)   施設連絡会（平成17年度, NPO・株式会社を含む100超）, 地区福祉委員会との交流会・研修, 吹田しあわせネットワーク,
//                      被災地支援, 見学会, 「きららとあそぼ！」, 学生への食の応援セット
//   稲城市   (004 ③)   意見交換会（平成28年2月〜約2年）, 稲城市社会福祉法人連絡協議会, 矢野口地区の子ども食堂（ケアハウス入居者も
//                      ボランティア, 地域福祉コーディネーターが協力）, 大学の学生ボランティアによる学習支援と食事の居場所
//   遠野市   (002 事例1) 多機関協働（平成29年度〜）, 地区センターの丸ごと相談員, 支え合いマップ, とおの福祉トップランナー事業, 連携協定
//   古河市   (002 事例2) 生活支援体制整備（平成28年度〜）, 地域力強化（平成31年度〜）, 55カ所のサロンに地域のふくし相談窓口,
//                      地域サポーター養成講座, ももちゃんお助け隊, 地域福祉活動マイスター認定, 企業の協力金
//   鳩山町   (002 事例3) 見守りはとネット, ニュータウンふくしプラザ, 総合相談支援窓口（平成31年4月）, アウトリーチ（水道課・町民課の情報）,
//                      重層的支援会議（個別ケース会議 月1回・全体会議）, 相談支援包括化推進員2名
//   坂井市   (002 事例4) 地域福祉推進基礎組織（37か所）, 支部社協委員会（旧4町）を第2層協議体に, コミュニティデータシート,
//                      オンデマンドバス, 交流拠点, かたいけのプラン, CSW 8名・参加支援コーディネーター
//   大阪狭山市 (002 事例5) 地域包括・基幹相談・生活サポートセンター（市社協受託）+ 子育て支援センター（行政）, 9つの地区福祉委員会,
//                      施設連絡会の業務切り分けによる参加支援, 相談支援包括化推進員
//   松江市   (002 事例6) 地域福祉ステーション（全6カ所の地域包括にCSW）, 対策会議, 重層的支援会議（福祉総務課と共同事務局）,
//                      松江市セーフティネット会議（福祉・医療・住宅・司法・教育）と権利擁護部会・生活困窮部会
//   日向市   (002 事例7) 宮崎県社協の地域福祉コーディネーター養成講座（平成19年度〜）, おせっ会（平成25年11月）, がむしゃら応援団（平成26年）,
//                      地域福祉活動企画コンテスト, ふくし食堂, 生活支援会議・地域生活支援会議, 日向市社会福祉施設等連絡会（66団体）
//
// Real organisations named by the seeds: generated = false. Organisations, people and households that the
// seeds only count (or that the demo needs): generated = true, with made-up names, descriptions say
// 「名称はデモ用」/「デモ用の想定」 where a name or a fact is the demo's. No real person's name, no corporate
// number, no address appears anywhere. Households are synthetic.
//
// Runs once, top to bottom in one transaction, on an empty database after the taxonomy migrations
// (Field, Need, SupportFunction, IsolationKind). Neo4j 5.26, no APOC. Every statement ends with a semicolon
// at the end of its last line, and no other line (comments included) contains one. Statements are grouped by
// kind (all organisations, all networks, ...) rather than by town, with the towns as commented row groups:
// compiling a statement costs far more than running it, so fewer statements load faster (~40 here).
// =====================================================================

// ---------------------------------------------------------------------
// 1. Areas: prefectures and municipalities with their real codes, names, kana, office coordinates and
//    2020 census population (shared/data), then districts
// ---------------------------------------------------------------------
UNWIND [
  {code:'020001', name:'青森県', kana:'あおもりけん', en:'Aomori', iso:'JP-02', lat:40.824623, lng:140.740593, pop:1237984},
  {code:'030007', name:'岩手県', kana:'いわてけん', en:'Iwate', iso:'JP-03', lat:39.703531, lng:141.152667, pop:1210534},
  {code:'080004', name:'茨城県', kana:'いばらきけん', en:'Ibaraki', iso:'JP-08', lat:36.341813, lng:140.446793, pop:2867009},
  {code:'110001', name:'埼玉県', kana:'さいたまけん', en:'Saitama', iso:'JP-11', lat:35.857428, lng:139.648933, pop:7344765},
  {code:'130001', name:'東京都', kana:'とうきょうと', en:'Tokyo', iso:'JP-13', lat:35.689521, lng:139.691704, pop:14047594},
  {code:'180009', name:'福井県', kana:'ふくいけん', en:'Fukui', iso:'JP-18', lat:36.065219, lng:136.221642, pop:766863},
  {code:'270008', name:'大阪府', kana:'おおさかふ', en:'Osaka', iso:'JP-27', lat:34.686316, lng:135.519711, pop:8837685},
  {code:'280003', name:'兵庫県', kana:'ひょうごけん', en:'Hyogo', iso:'JP-28', lat:34.691279, lng:135.183025, pop:5465002},
  {code:'320005', name:'島根県', kana:'しまねけん', en:'Shimane', iso:'JP-32', lat:35.472297, lng:133.050499, pop:671126},
  {code:'370002', name:'香川県', kana:'かがわけん', en:'Kagawa', iso:'JP-37', lat:34.340149, lng:134.043444, pop:950244},
  {code:'400009', name:'福岡県', kana:'ふくおかけん', en:'Fukuoka', iso:'JP-40', lat:33.606785, lng:130.418314, pop:5135214},
  {code:'450006', name:'宮崎県', kana:'みやざきけん', en:'Miyazaki', iso:'JP-45', lat:31.911090, lng:131.423855, pop:1069576}
] AS r
MERGE (p:Prefecture {code: r.code})
ON CREATE SET p.id = randomUUID(), p.createdAt = datetime(), p.archived = false
SET p:Area, p.name = r.name, p.nameKana = r.kana, p.nameEn = r.en, p.iso3166 = r.iso,
    p.latitude = r.lat, p.longitude = r.lng, p.population = r.pop, p.updatedAt = datetime();

UNWIND [
  {code:'023841', pref:'020001', name:'鶴田町', kana:'つるたまち', lat:40.75888889, lng:140.4286111, pop:12074},
  {code:'032085', pref:'030007', name:'遠野市', kana:'とおのし', lat:39.331014, lng:141.532352, pop:25366},
  {code:'082040', pref:'080004', name:'古河市', kana:'こがし', lat:36.17888889, lng:139.7558333, pop:139344},
  {code:'113484', pref:'110001', name:'鳩山町', kana:'はとやままち', lat:35.98166667, lng:139.3341667, pop:13560},
  {code:'132250', pref:'130001', name:'稲城市', kana:'いなぎし', lat:35.63805556, lng:139.5047222, pop:93151},
  {code:'182109', pref:'180009', name:'坂井市', kana:'さかいし', lat:36.16694444, lng:136.2316667, pop:88481},
  {code:'272051', pref:'270008', name:'吹田市', kana:'すいたし', lat:34.75944444, lng:135.5169444, pop:385567},
  {code:'272311', pref:'270008', name:'大阪狭山市', kana:'おおさかさやまし', lat:34.50361111, lng:135.5555556, pop:58435},
  {code:'282146', pref:'280003', name:'宝塚市', kana:'たからづかし', lat:34.8, lng:135.3602778, pop:226432},
  {code:'282189', pref:'280003', name:'小野市', kana:'おのし', lat:34.857867, lng:134.939799, pop:47562},
  {code:'284645', pref:'280003', name:'太子町', kana:'たいしちょう', lat:34.833246, lng:134.572319, pop:33477},
  {code:'322016', pref:'320005', name:'松江市', kana:'まつえし', lat:35.46805556, lng:133.0486111, pop:203616},
  {code:'372064', pref:'370002', name:'さぬき市', kana:'さぬきし', lat:34.32527778, lng:134.1722222, pop:47003},
  {code:'402257', pref:'400009', name:'うきは市', kana:'うきはし', lat:33.34722222, lng:130.755, pop:27981},
  {code:'452068', pref:'450006', name:'日向市', kana:'ひゅうがし', lat:32.42277778, lng:131.6238889, pop:59629}
] AS r
MATCH (p:Prefecture {code: r.pref})
MERGE (m:Municipality {code: r.code})
ON CREATE SET m.id = randomUUID(), m.createdAt = datetime(), m.archived = false
SET m:Area, m.name = r.name, m.nameKana = r.kana, m.latitude = r.lat, m.longitude = r.lng,
    m.population = r.pop, m.updatedAt = datetime()
MERGE (m)-[:PART_OF]->(p);

// Districts (第2層 / 日常生活圏域 / 小学校区 / 地区). Names from the seeds where they give them
// (来住地区, 矢野口, 坂井市の旧4町 = 第2層の町域, 遠野市の地区センター地区), the others are the towns'
// well-known local areas, used so that 民生委員 and households have a place.
UNWIND [
  {code:'282189-kisumi', m:'282189', name:'来住地区', kana:'きしちく', kind:'ELEMENTARY_SCHOOL_DISTRICT'},
  {code:'282189-kawai', m:'282189', name:'河合地区', kana:'かわいちく', kind:'ELEMENTARY_SCHOOL_DISTRICT'},
  {code:'282189-ichiba', m:'282189', name:'市場地区', kana:'いちばちく', kind:'ELEMENTARY_SCHOOL_DISTRICT'},
  {code:'284645-ikaruga', m:'284645', name:'斑鳩小学校区', kana:'いかるがしょうがっこうく', kind:'ELEMENTARY_SCHOOL_DISTRICT'},
  {code:'284645-ota', m:'284645', name:'太田小学校区', kana:'おおたしょうがっこうく', kind:'ELEMENTARY_SCHOOL_DISTRICT'},
  {code:'284645-sekkai', m:'284645', name:'石海小学校区', kana:'せっかいしょうがっこうく', kind:'ELEMENTARY_SCHOOL_DISTRICT'},
  {code:'402257-yoshii', m:'402257', name:'吉井地区', kana:'よしいちく', kind:'DAILY_LIFE_AREA'},
  {code:'402257-ukiha', m:'402257', name:'浮羽地区', kana:'うきはちく', kind:'DAILY_LIFE_AREA'},
  {code:'023841-tsuruta', m:'023841', name:'鶴田地区', kana:'つるたちく', kind:'DISTRICT'},
  {code:'023841-rokugo', m:'023841', name:'六郷地区', kana:'ろくごうちく', kind:'DISTRICT'},
  {code:'023841-mizumoto', m:'023841', name:'水元地区', kana:'みずもとちく', kind:'DISTRICT'},
  {code:'023841-umezawa', m:'023841', name:'梅沢地区', kana:'うめざわちく', kind:'DISTRICT'},
  {code:'372064-shido', m:'372064', name:'志度地区', kana:'しどちく', kind:'DISTRICT'},
  {code:'372064-nagao', m:'372064', name:'長尾地区', kana:'ながおちく', kind:'DISTRICT'},
  {code:'372064-tsuda', m:'372064', name:'津田地区', kana:'つだちく', kind:'DISTRICT'},
  {code:'272051-senriyama', m:'272051', name:'千里山地区', kana:'せんりやまちく', kind:'DISTRICT'},
  {code:'272051-yamada', m:'272051', name:'山田地区', kana:'やまだちく', kind:'DISTRICT'},
  {code:'272051-kishibe', m:'272051', name:'岸部地区', kana:'きしべちく', kind:'DISTRICT'},
  {code:'272051-satakedai', m:'272051', name:'佐竹台地区', kana:'さたけだいちく', kind:'DISTRICT'},
  {code:'132250-yanokuchi', m:'132250', name:'矢野口地区', kana:'やのくちちく', kind:'DISTRICT'},
  {code:'132250-hirao', m:'132250', name:'平尾地区', kana:'ひらおちく', kind:'DISTRICT'},
  {code:'032085-ayaori', m:'032085', name:'綾織地区', kana:'あやおりちく', kind:'DISTRICT'},
  {code:'032085-tsuchibuchi', m:'032085', name:'土淵地区', kana:'つちぶちちく', kind:'DISTRICT'},
  {code:'032085-miyamori', m:'032085', name:'宮守地区', kana:'みやもりちく', kind:'DISTRICT'},
  {code:'082040-koga', m:'082040', name:'古河地区', kana:'こがちく', kind:'DAILY_LIFE_AREA'},
  {code:'082040-sowa', m:'082040', name:'総和地区', kana:'そうわちく', kind:'DAILY_LIFE_AREA'},
  {code:'082040-sanwa', m:'082040', name:'三和地区', kana:'さんわちく', kind:'DAILY_LIFE_AREA'},
  {code:'113484-newtown', m:'113484', name:'鳩山ニュータウン', kana:'はとやまにゅーたうん', kind:'DISTRICT'},
  {code:'182109-mikuni', m:'182109', name:'三国町域', kana:'みくにちょういき', kind:'DAILY_LIFE_AREA'},
  {code:'182109-maruoka', m:'182109', name:'丸岡町域', kana:'まるおかちょういき', kind:'DAILY_LIFE_AREA'},
  {code:'182109-harue', m:'182109', name:'春江町域', kana:'はるえちょういき', kind:'DAILY_LIFE_AREA'},
  {code:'182109-sakai', m:'182109', name:'坂井町域', kana:'さかいちょういき', kind:'DAILY_LIFE_AREA'},
  {code:'272311-higashi', m:'272311', name:'東小学校区', kana:'ひがししょうがっこうく', kind:'ELEMENTARY_SCHOOL_DISTRICT'},
  {code:'272311-nishi', m:'272311', name:'西小学校区', kana:'にししょうがっこうく', kind:'ELEMENTARY_SCHOOL_DISTRICT'},
  {code:'272311-minami', m:'272311', name:'南小学校区', kana:'みなみしょうがっこうく', kind:'ELEMENTARY_SCHOOL_DISTRICT'},
  {code:'322016-johoku', m:'322016', name:'城北地区', kana:'じょうほくちく', kind:'DISTRICT'},
  {code:'322016-saika', m:'322016', name:'雑賀地区', kana:'さいかちく', kind:'DISTRICT'},
  {code:'322016-tsuda', m:'322016', name:'津田地区', kana:'つだちく', kind:'DISTRICT'},
  {code:'452068-zaikoji', m:'452068', name:'財光寺地区', kana:'ざいこうじちく', kind:'DISTRICT'},
  {code:'452068-mimitsu', m:'452068', name:'美々津地区', kana:'みみつちく', kind:'DISTRICT'},
  {code:'452068-togo', m:'452068', name:'東郷地区', kana:'とうごうちく', kind:'DISTRICT'}
] AS r
MATCH (m:Municipality {code: r.m})
MERGE (d:District {code: r.code})
ON CREATE SET d.id = randomUUID(), d.createdAt = datetime(), d.archived = false
SET d:Area, d.name = r.name, d.nameKana = r.kana, d.districtKind = r.kind, d.updatedAt = datetime()
MERGE (d)-[:PART_OF]->(m);

// ---------------------------------------------------------------------
// 2. Councils of social welfare (社協): national, prefectural, municipal
// ---------------------------------------------------------------------
MATCH (a:Prefecture {code: '130001'})
CREATE (o:Organization:Council {id: randomUUID(), name: '全国社会福祉協議会', nameKana: 'ぜんこくしゃかいふくしきょうぎかい',
  kind: 'COUNCIL', councilLevel: 'NATIONAL',
  description: '社会福祉法人全国社会福祉協議会（全社協）。地域福祉推進委員会を置き、全国社会福祉法人経営者協議会と連名で「ともに生きる豊かな地域社会の実現に向けた共同宣言」（令和2年7月31日）を公表。「社協と社会福祉法人・福祉施設の連携・協働推進方策」、提言「包括的支援体制の構築に向けた社協の取り組みについて」（令和4年2月10日）をとりまとめた。',
  generated: false, archived: false, createdAt: datetime(), updatedAt: datetime()})
CREATE (o)-[:LOCATED_IN]->(a)
WITH o
MATCH (p:Prefecture)
CREATE (o)-[:SERVES]->(p);

// Prefectural councils of the prefectures in the demo
UNWIND [
  {name:'青森県社会福祉協議会', kana:'あおもりけんしゃかいふくしきょうぎかい', area:'020001', desc:'青森県域の社協。鶴田町の「つなぐ!!つながる!!暮らしのよりどころ相談所」は県の「社会福祉法人による『青森県型地域共生社会』西北モデル推進事業」の委託で実施（推進方策 事例）。'},
  {name:'岩手県社会福祉協議会', kana:'いわてけんしゃかいふくしきょうぎかい', area:'030007', desc:'岩手県域の社協。'},
  {name:'茨城県社会福祉協議会', kana:'いばらきけんしゃかいふくしきょうぎかい', area:'080004', desc:'茨城県域の社協。'},
  {name:'埼玉県社会福祉協議会', kana:'さいたまけんしゃかいふくしきょうぎかい', area:'110001', desc:'埼玉県域の社協。'},
  {name:'東京都社会福祉協議会', kana:'とうきょうとしゃかいふくしきょうぎかい', area:'130001', desc:'東京都域の社協。'},
  {name:'福井県社会福祉協議会', kana:'ふくいけんしゃかいふくしきょうぎかい', area:'180009', desc:'福井県域の社協。'},
  {name:'大阪府社会福祉協議会', kana:'おおさかふしゃかいふくしきょうぎかい', area:'270008', desc:'大阪府域の社協。都道府県単位の社会福祉法人ネットワークによる公益的な取組は大阪府・神奈川県が先行（推進方策）。'},
  {name:'兵庫県社会福祉協議会', kana:'ひょうごけんしゃかいふくしきょうぎかい', area:'280003', desc:'兵庫県域の社協。第8次経営・活動計画（令和5-9年度）重点的取組①「コロナ禍で顕在化した支援を要する世帯に対する相談支援体制の強化を支援します」。令和5年度から「社協における生活困窮者支援体制強化事業」を立ち上げ、県内社協に「ほっとかへんネットワーカー」を配置。'},
  {name:'島根県社会福祉協議会', kana:'しまねけんしゃかいふくしきょうぎかい', area:'320005', desc:'島根県域の社協。'},
  {name:'香川県社会福祉協議会', kana:'かがわけんしゃかいふくしきょうぎかい', area:'370002', desc:'香川県域の社協。県で実施されている「香川おもいやりネットワーク事業」に県内社協が参画。'},
  {name:'福岡県社会福祉協議会', kana:'ふくおかけんしゃかいふくしきょうぎかい', area:'400009', desc:'福岡県域の社協。'},
  {name:'宮崎県社会福祉協議会', kana:'みやざきけんしゃかいふくしきょうぎかい', area:'450006', desc:'宮崎県域の社協。平成19年度から地域福祉コーディネーター養成講座を開催し、地域福祉のリーダー的専門職を養成（事例7 日向市）。'}
] AS r
MATCH (a:Prefecture {code: r.area})
CREATE (o:Organization:Council {id: randomUUID(), name: r.name, nameKana: r.kana, kind: 'COUNCIL', councilLevel: 'PREFECTURAL',
  description: r.desc, generated: false, archived: false, createdAt: datetime(), updatedAt: datetime()})
CREATE (o)-[:LOCATED_IN]->(a)
CREATE (o)-[:SERVES]->(a);

// Municipal councils (市区町村社協) of the seed cases
UNWIND [
  {name:'小野市社会福祉協議会', kana:'おのししゃかいふくしきょうぎかい', area:'282189', desc:'「ほっとかへんネットおの」（平成29年6月設立、市内全20法人）の事務局。生活支援体制整備事業で小学校区に第2層協議体を立ち上げ、来住地区の「買い物バスツアー」に社協のマイクロバスを出す（推進方策 事例）。'},
  {name:'宝塚市社会福祉協議会', kana:'たからづかししゃかいふくしきょうぎかい', area:'282146', desc:'体制強化事業を活用し、特例貸付借受世帯の生活状況把握（アンケート）と多機関協働による支援ネットワークを構築中。「スミレン’sワークいろり」を後方支援（ミニ特集 事例①）。'},
  {name:'太子町社会福祉協議会', kana:'たいしちょうしゃかいふくしきょうぎかい', area:'284645', desc:'兵庫県揖保郡太子町の社協。コロナ禍を契機に町役場・NPO法人・民生委員児童委員協議会と連携してフードバンク活動を実施。令和5年度に「ほっとかへんネット」の設立を呼びかけ（ミニ特集 事例②）。'},
  {name:'うきは市社会福祉協議会', kana:'うきはししゃかいふくしきょうぎかい', area:'402257', desc:'「うきは市社会福祉法人連絡協議会」（平成26年発足、市内全9法人）と連携（推進方策 事例）。'},
  {name:'鶴田町社会福祉協議会', kana:'つるたまちしゃかいふくしきょうぎかい', area:'023841', desc:'令和3年3月から町内7法人・社協・民生委員児童委員の3者協働で「つなぐ!!つながる!!暮らしのよりどころ相談所」事業を実施。法人単独で対応困難な相談は社協が主な調整役となる（推進方策 事例）。'},
  {name:'さぬき市社会福祉協議会', kana:'さぬきししゃかいふくしきょうぎかい', area:'372064', desc:'「香川おもいやりネットワーク事業」に参画し、市内の参画法人（5法人7施設）とともに毎月、地域ネットワーク会議の中で個別ケース検討会を開催（推進方策 事例）。'},
  {name:'吹田市社会福祉協議会', kana:'すいたししゃかいふくしきょうぎかい', area:'272051', desc:'組織構成会員の福祉施設が平成17年度に施設連絡会を設立。NPOや株式会社も含め100を超える施設が加盟（推進方策 事例）。'},
  {name:'稲城市社会福祉協議会', kana:'いなぎししゃかいふくしきょうぎかい', area:'132250', desc:'平成28年2月から約2年間、市内社会福祉法人と意見交換会を重ね「子どもの居場所づくり」をテーマに一致。地域福祉コーディネーターが矢野口地区の子ども食堂の準備に協力（推進方策 事例）。'},
  {name:'遠野市社会福祉協議会', kana:'とおのししゃかいふくしきょうぎかい', area:'032085', desc:'平成29年度から多機関協働による包括的支援体制構築事業を受託。地区センター（公民館）に「丸ごと相談員」を配置。市と「『新たな地域支え合い』に係る連携協定」を締結（提言 事例1）。'},
  {name:'古河市社会福祉協議会', kana:'こがししゃかいふくしきょうぎかい', area:'082040', desc:'平成28年度から生活支援体制整備事業、平成31年度から地域力強化推進事業を受託。市内55カ所のサロン会場に「地域のふくし相談窓口」を設置（提言 事例2）。'},
  {name:'鳩山町社会福祉協議会', kana:'はとやままちしゃかいふくしきょうぎかい', area:'113484', desc:'見守りはとネット、ニュータウンふくしプラザ、鳩山町総合相談支援窓口（平成31年4月開設）に取り組む。相談支援包括化推進員2名を配置（提言 事例3）。'},
  {name:'坂井市社会福祉協議会', kana:'さかいししゃかいふくしきょうぎかい', area:'182109', desc:'平成29年度から生活支援体制整備事業、平成30年度から地域力強化推進事業を受託。37か所の地域福祉推進基礎組織が活動。第3次地域福祉活動計画「かたいけのプラン」（提言 事例4）。'},
  {name:'大阪狭山市社会福祉協議会', kana:'おおさかさやまししゃかいふくしきょうぎかい', area:'272311', desc:'地域包括支援センター、基幹相談支援センター、生活支援体制整備事業、生活困窮者自立支援事業を受託。令和元年11月から多機関協働、令和2年度から地域力強化推進事業、令和2年10月に重層事業の委託打診を受け受託（提言 事例5）。'},
  {name:'松江市社会福祉協議会', kana:'まつえししゃかいふくしきょうぎかい', area:'322016', desc:'公民館活動と地区社協活動を一体的に展開。市内全6カ所の地域包括支援センター内にCSWを置き「地域福祉ステーション」とする。重層的支援会議は市の福祉総務課と共同事務局（提言 事例6）。'},
  {name:'日向市社会福祉協議会', kana:'ひゅうがししゃかいふくしきょうぎかい', area:'452068', desc:'平成30年度から地域力強化推進事業を受託。「地域福祉コーディネーター連絡会（おせっ会）」「地域福祉サポーター連絡会（がむしゃら応援団）」とともに地域福祉活動を展開（提言 事例7）。'}
] AS r
MATCH (a:Municipality {code: r.area})
CREATE (o:Organization:Council {id: randomUUID(), name: r.name, nameKana: r.kana, kind: 'COUNCIL', councilLevel: 'MUNICIPAL',
  description: r.desc, generated: false, archived: false, createdAt: datetime(), updatedAt: datetime()})
CREATE (o)-[:LOCATED_IN]->(a)
CREATE (o)-[:SERVES]->(a);

// Every council works in community welfare, 社協 also run the 生活福祉資金 and 生活困窮 consultation
MATCH (o:Council), (f:Field {code: 'community_welfare'})
CREATE (o)-[:IN_FIELD]->(f);

MATCH (o:Council) WHERE o.councilLevel IN ['PREFECTURAL', 'MUNICIPAL']
MATCH (f:Field {code: 'poverty'})
CREATE (o)-[:IN_FIELD]->(f);

// ---------------------------------------------------------------------
// 3. Other organisations (NPO, 企業, 行政, 支援関係機関, 住民組織, 地区社協), by town
// ---------------------------------------------------------------------
WITH {COUNCIL:'Council', SOCIAL_WELFARE_CORPORATION:'SocialWelfareCorporation', FACILITY:'Facility', NPO:'Npo', COMPANY:'Company',
      GOVERNMENT_OFFICE:'GovernmentOffice', SUPPORT_AGENCY:'SupportAgency', RESIDENT_GROUP:'ResidentGroup'} AS L
UNWIND [
  // ── 小野市（兵庫県） — seed 004 推進方策① 実践事例: 小野市社協 ──
  {n:'小野市民生委員児童委員協議会', k:'RESIDENT_GROUP', sub:'COMMISSIONER_COUNCIL', g:false, a:'282189', f:['community_welfare'],
   d:'小野市の民生委員・児童委員の協議会。来住地区の「買い物バスツアー」に民生委員が添乗。'},
  {n:'来住地区自治会連絡会', k:'RESIDENT_GROUP', sub:'NEIGHBORHOOD_ASSOCIATION', g:true, a:'282189-kisumi', f:['community_welfare'],
   d:'来住地区の自治会。役員が来住地区よりそい協議会に参画（名称はデモ用）。'},
  {n:'来住地区住民ボランティアの会', k:'RESIDENT_GROUP', sub:'VOLUNTEER_GROUP', g:true, a:'282189-kisumi', f:['community_welfare','transport'],
   d:'「買い物バスツアー」の調整役を担う地域住民のボランティア（名称はデモ用）。'},
  // ── 宝塚市（兵庫県） — seed 001 ミニ特集 事例① 宝塚市社協 ──
  {n:'スミレン’sワークいろり', k:'RESIDENT_GROUP', sub:'SELF_HELP_GROUP', g:false, a:'282146', f:['employment','community_welfare'],
   d:'生きづらさを抱えた当事者が就労に至るまでの居場所と交流の機会をつくっている場。企業から仕事を受注して作業の機会を確保。市社協は後方支援（運営主体の法人格は資料に記載なし）。'},
  {n:'株式会社たからづか紙工', k:'COMPANY', g:true, a:'282146', f:['industry','employment'],
   d:'紙製品の加工会社。「いろり」に軽作業を発注（企業名はデモ用。事例①は「企業から仕事を受注」とのみ記載）。'},
  {n:'株式会社逆瀬川パッケージ', k:'COMPANY', g:true, a:'282146', f:['industry','employment'],
   d:'包装資材の会社。「いろり」に封入・検品作業を発注（企業名はデモ用）。'},
  // ── 太子町（兵庫県揖保郡） — seed 001 ミニ特集 事例② 太子町社協 ──
  {n:'太子町役場', k:'GOVERNMENT_OFFICE', g:false, a:'284645', f:['community_welfare','poverty'],
   d:'兵庫県太子町の町役場。町社協・NPO法人・民児協とフードバンク活動を実施。'},
  {n:'NPO法人たいしフードサポート', k:'NPO', g:true, a:'284645', f:['poverty'],
   d:'フードバンク活動に参加するNPO法人（事例②は「NPO法人」とのみ記載。名称はデモ用）。'},
  {n:'太子町民生委員児童委員協議会', k:'RESIDENT_GROUP', sub:'COMMISSIONER_COUNCIL', g:false, a:'284645', f:['community_welfare'],
   d:'太子町の民生委員・児童委員の協議会。町社協とフードバンク活動で連携。'},
  // ── うきは市（福岡県） — seed 004 推進方策① 実践事例: うきは市社協 ──
  {n:'うきは駅前ボランティアの会', k:'RESIDENT_GROUP', sub:'VOLUNTEER_GROUP', g:true, a:'402257', f:['community_welfare'],
   d:'施設職員・利用者と一緒に駅等の清掃活動や花（プランター）の寄贈を行う住民ボランティア（名称はデモ用）。'},
  // ── 鶴田町（青森県） — seed 004 推進方策② 実践事例: 鶴田町社協 ──
  {n:'鶴田町民生委員児童委員協議会', k:'RESIDENT_GROUP', sub:'COMMISSIONER_COUNCIL', g:false, a:'023841', f:['community_welfare'],
   d:'鶴田町の民生委員・児童委員の協議会。「暮らしのよりどころ相談所」事業の3者協働の一者。地域の状況を把握している民生委員・児童委員が「御用聞き」のように個別世帯を訪問。'},
  // ── さぬき市（香川県） — seed 004 推進方策② 実践事例: さぬき市社協 ──
  {n:'さぬき市民生委員児童委員協議会', k:'RESIDENT_GROUP', sub:'COMMISSIONER_COUNCIL', g:false, a:'372064', f:['community_welfare'],
   d:'さぬき市の民生委員・児童委員の協議会。香川おもいやりネットワーク事業で社会福祉法人・施設、社協とつながる。'},
  // ── 吹田市（大阪府） — seed 004 推進方策③ 実践事例: 吹田市社協 ──
  {n:'吹田市民生委員児童委員協議会', k:'RESIDENT_GROUP', sub:'COMMISSIONER_COUNCIL', g:false, a:'272051', f:['community_welfare'], d:'吹田市の民生委員・児童委員の協議会。'},
  {n:'千里山地区福祉委員会', k:'RESIDENT_GROUP', sub:'DISTRICT_WELFARE_COMMITTEE', g:true, a:'272051-senriyama', f:['community_welfare'], d:'地区福祉委員会。施設連絡会と交流会・研修を行う（名称はデモ用）。'},
  {n:'山田地区福祉委員会', k:'RESIDENT_GROUP', sub:'DISTRICT_WELFARE_COMMITTEE', g:true, a:'272051-yamada', f:['community_welfare'], d:'地区福祉委員会（名称はデモ用）。'},
  {n:'岸部地区福祉委員会', k:'RESIDENT_GROUP', sub:'DISTRICT_WELFARE_COMMITTEE', g:true, a:'272051-kishibe', f:['community_welfare'], d:'地区福祉委員会（名称はデモ用）。'},
  {n:'佐竹台地区福祉委員会', k:'RESIDENT_GROUP', sub:'DISTRICT_WELFARE_COMMITTEE', g:true, a:'272051-satakedai', f:['community_welfare'], d:'地区福祉委員会（名称はデモ用）。'},
  // NPOs in the 施設連絡会 (the seed: NPO and 株式会社 are members, names made up)
  {n:'NPO法人すいた子ども応援ネット', k:'NPO', g:true, a:'272051', f:['children','poverty']},
  {n:'NPO法人千里ニュータウンの居場所', k:'NPO', g:true, a:'272051-satakedai', f:['community_welfare','elderly']},
  {n:'NPO法人江坂ワークサポート', k:'NPO', g:true, a:'272051', f:['employment','disability']},
  {n:'NPO法人すいた障害者地域生活支援の会', k:'NPO', g:true, a:'272051', f:['disability']},
  {n:'NPO法人ひとり親サポートすいた', k:'NPO', g:true, a:'272051', f:['children','poverty','education']},
  {n:'NPO法人すいたフードリレー', k:'NPO', g:true, a:'272051', f:['poverty']},
  {n:'NPO法人万博公園みどりの会', k:'NPO', g:true, a:'272051', f:['community_welfare','regional_revitalization']},
  {n:'NPO法人すいた多文化ともだちの会', k:'NPO', g:true, a:'272051', f:['community_welfare','education']},
  {n:'NPO法人吹田こども食堂ネットワーク', k:'NPO', g:true, a:'272051', f:['children','poverty']},
  {n:'NPO法人千里丘学習サポート', k:'NPO', g:true, a:'272051', f:['education','children']},
  {n:'NPO法人こころの居場所すいた', k:'NPO', g:true, a:'272051', f:['health_medical','disability']},
  {n:'NPO法人豊津高齢者見守りの会', k:'NPO', g:true, a:'272051', f:['elderly','community_welfare']},
  {n:'NPO法人すいた居住支援ネット', k:'NPO', g:true, a:'272051', f:['housing','poverty']},
  {n:'NPO法人山田子育てひろば', k:'NPO', g:true, a:'272051-yamada', f:['nursery','children']},
  {n:'NPO法人すいた在宅ケア研究会', k:'NPO', g:true, a:'272051', f:['elderly','health_medical']},
  {n:'NPO法人岸部ふれあいサロン', k:'NPO', g:true, a:'272051-kishibe', f:['community_welfare','elderly']},
  {n:'NPO法人若者サポートすいた', k:'NPO', g:true, a:'272051', f:['employment','poverty']},
  {n:'NPO法人南吹田まちの縁側', k:'NPO', g:true, a:'272051', f:['community_welfare']},
  // 株式会社 running care and childcare services, members of the 施設連絡会 (names made up)
  {n:'株式会社すいたケアサービス', k:'COMPANY', g:true, a:'272051', f:['elderly']},
  {n:'株式会社千里メディカルケア', k:'COMPANY', g:true, a:'272051', f:['elderly','health_medical']},
  {n:'株式会社江坂デイサービス', k:'COMPANY', g:true, a:'272051', f:['elderly']},
  {n:'株式会社ひだまり介護', k:'COMPANY', g:true, a:'272051', f:['elderly']},
  {n:'株式会社すいたキッズ', k:'COMPANY', g:true, a:'272051', f:['nursery']},
  {n:'株式会社えがお保育', k:'COMPANY', g:true, a:'272051', f:['nursery']},
  {n:'株式会社千里ホームヘルプ', k:'COMPANY', g:true, a:'272051', f:['elderly']},
  {n:'株式会社すいた訪問看護ステーション', k:'COMPANY', g:true, a:'272051', f:['health_medical','elderly']},
  {n:'株式会社ワークスすいた', k:'COMPANY', g:true, a:'272051', f:['disability','employment'],
   d:'就労移行支援事業所を運営。業務の切り出しで中間的就労の場を提供（企業名はデモ用）。'},
  {n:'株式会社豊津リハビリデイ', k:'COMPANY', g:true, a:'272051', f:['elderly']},
  {n:'株式会社みのり介護サービス', k:'COMPANY', g:true, a:'272051', f:['elderly']},
  {n:'株式会社すまいるケア吹田', k:'COMPANY', g:true, a:'272051', f:['elderly']},
  {n:'株式会社こころねサポート', k:'COMPANY', g:true, a:'272051', f:['disability']},
  {n:'株式会社やまだ福祉用具', k:'COMPANY', g:true, a:'272051-yamada', f:['elderly','industry']},
  // ── 稲城市（東京都） — seed 004 推進方策③ 実践事例: 稲城市社協 ──
  {n:'いなぎ学生ボランティアサークル', k:'RESIDENT_GROUP', sub:'VOLUNTEER_GROUP', g:true, a:'132250', f:['education','children'],
   d:'市内にある大学の学生ボランティア。子どもの学習支援と食事提供を行う居場所に協力（名称はデモ用）。'},
  {n:'矢野口自治会', k:'RESIDENT_GROUP', sub:'NEIGHBORHOOD_ASSOCIATION', g:true, a:'132250-yanokuchi', f:['community_welfare'],
   d:'矢野口地区の自治会。地区の会議で子ども食堂の取り組みの説明を受け、試食会・意見交換に参加（名称はデモ用）。'}
] AS r
MATCH (a:Area {code: r.a})
CREATE (o:Organization {id: randomUUID(), name: r.n, nameKana: r.kana, kind: r.k,
  description: coalesce(r.d, CASE r.k WHEN 'NPO' THEN '吹田市施設連絡会に加盟するNPO法人（名称はデモ用）。' WHEN 'COMPANY' THEN '吹田市施設連絡会に加盟する株式会社（名称はデモ用）。' END),
  generated: r.g, archived: false, createdAt: datetime(), updatedAt: datetime()})
SET o:$(L[r.k]),
    o.councilLevel = CASE WHEN r.k = 'COUNCIL' THEN r.sub END,
    o.facilityField = CASE WHEN r.k = 'FACILITY' THEN r.sub END,
    o.agencyType = CASE WHEN r.k = 'SUPPORT_AGENCY' THEN r.sub END,
    o.groupType = CASE WHEN r.k = 'RESIDENT_GROUP' THEN r.sub END
CREATE (o)-[:LOCATED_IN]->(a)
WITH o, r
UNWIND coalesce(r.s, [r.a]) AS sc
MATCH (sa:Area {code: sc})
CREATE (o)-[:SERVES]->(sa)
WITH DISTINCT o, r
UNWIND r.f AS fc
MATCH (f:Field {code: fc})
CREATE (o)-[:IN_FIELD]->(f);

WITH {COUNCIL:'Council', SOCIAL_WELFARE_CORPORATION:'SocialWelfareCorporation', FACILITY:'Facility', NPO:'Npo', COMPANY:'Company',
      GOVERNMENT_OFFICE:'GovernmentOffice', SUPPORT_AGENCY:'SupportAgency', RESIDENT_GROUP:'ResidentGroup'} AS L
UNWIND [
  // ── 遠野市（岩手県） — seed 002 4. 実施例 事例1 ──
  {n:'遠野市役所', k:'GOVERNMENT_OFFICE', g:false, a:'032085', f:['community_welfare'],
   d:'遠野市。市社協からの相談を受け、身近な地区センターを拠点とした地域づくりの重要性を共有し、市社協と「『新たな地域支え合い』に係る連携協定」を締結。'},
  {n:'遠野市民生委員児童委員協議会', k:'RESIDENT_GROUP', sub:'COMMISSIONER_COUNCIL', g:false, a:'032085', f:['community_welfare'],
   d:'遠野市の民生委員・児童委員の協議会。丸ごと相談員が担当地区の民児協定例会に参加して地域の困りごとをキャッチ。'},
  {n:'遠野市社協 綾織支部', k:'COUNCIL', sub:'DISTRICT', g:true, a:'032085-ayaori', f:['community_welfare'],
   d:'支部社協。とおの福祉トップランナー事業の助成で活動を強化（支部名はデモ用）。'},
  {n:'遠野市社協 土淵支部', k:'COUNCIL', sub:'DISTRICT', g:true, a:'032085-tsuchibuchi', f:['community_welfare'],
   d:'支部社協（支部名はデモ用）。'},
  {n:'遠野市社協 宮守支部', k:'COUNCIL', sub:'DISTRICT', g:true, a:'032085-miyamori', f:['community_welfare'],
   d:'支部社協（支部名はデモ用）。'},
  // ── 古河市（茨城県） — seed 002 4. 実施例 事例2 ──
  {n:'ももちゃんお助け隊', k:'RESIDENT_GROUP', sub:'VOLUNTEER_GROUP', g:false, a:'082040', f:['community_welfare'],
   d:'地域サポーター養成講座の修了者が協力会員に登録して活動する助け合いの会。'},
  {n:'古河市役所', k:'GOVERNMENT_OFFICE', g:false, a:'082040', f:['community_welfare','regional_revitalization'],
   d:'古河市。第2次古河市総合計画・第2期古河市地域福祉計画に人々が支え合う地域づくりの強化を盛り込む。地域力強化事業で市役所の福祉以外の部署とも市社協がつながった。'},
  {n:'中田ふれあいサロン', k:'RESIDENT_GROUP', sub:'SALON', g:true, a:'082040-koga', f:['community_welfare','elderly'],
   d:'ふれあい・いきいきサロン。会場に「地域のふくし相談窓口」ののぼり旗を掲げる（サロン名はデモ用。市内55カ所の一つ）。'},
  {n:'駒羽根いきいきサロン', k:'RESIDENT_GROUP', sub:'SALON', g:true, a:'082040-sowa', f:['community_welfare','elderly'],
   d:'ふれあい・いきいきサロン（サロン名はデモ用）。'},
  {n:'諸川ふれあいサロン', k:'RESIDENT_GROUP', sub:'SALON', g:true, a:'082040-sanwa', f:['community_welfare','elderly'],
   d:'ふれあい・いきいきサロン（サロン名はデモ用）。'},
  {n:'株式会社古河みらい建設', k:'COMPANY', g:true, a:'082040', f:['industry','regional_revitalization'],
   d:'地元企業。市社協の呼びかけに応じて地域づくりに向けた活動への協力金を拠出（企業名はデモ用）。'},
  {n:'株式会社わたらせ食品', k:'COMPANY', g:true, a:'082040', f:['industry','agriculture'],
   d:'地元企業。地域づくり活動への協力金を拠出（企業名はデモ用）。'},
  // ── 鳩山町（埼玉県） — seed 002 4. 実施例 事例3 ──
  {n:'鳩山町役場', k:'GOVERNMENT_OFFICE', g:false, a:'113484', f:['community_welfare'],
   d:'鳩山町。第2次鳩山町地域福祉推進プラン（地域福祉計画と地域福祉活動計画の一体計画, 平成31年4月〜）で町社協と理念・目的・手法を共有。重層的支援会議の全体会議には庁内の全課が出席。'},
  {n:'鳩山町役場 水道課', k:'GOVERNMENT_OFFICE', g:false, a:'113484', f:[],
   d:'気になる世帯の情報を町社協につなぎ、訪問相談のきっかけに。'},
  {n:'鳩山町役場 町民課', k:'GOVERNMENT_OFFICE', g:false, a:'113484', f:[],
   d:'気になる世帯の情報を町社協につなぎ、訪問相談のきっかけに。'},
  {n:'ふくしプラザ ボランティアの会', k:'RESIDENT_GROUP', sub:'VOLUNTEER_GROUP', g:true, a:'113484-newtown', f:['community_welfare'],
   d:'ニュータウンふくしプラザのサロンで活動するボランティア。一人ひとりのスキルやノウハウを活かす活動をボランティア発案で実施（名称はデモ用）。'},
  // ── 坂井市（福井県） — seed 002 4. 実施例 事例4 ──
  {n:'雄島地区ふくしの会', k:'RESIDENT_GROUP', sub:'DISTRICT_WELFARE_COMMITTEE', g:true, a:'182109-mikuni', f:['community_welfare','elderly'],
   d:'地域福祉推進基礎組織「地区ふくしの会」（市内37か所の一つ。名称はデモ用）。コミュニティデータシートをもとに高齢者の交流拠点を立ち上げ。'},
  {n:'高椋地区ふくしの会', k:'RESIDENT_GROUP', sub:'DISTRICT_WELFARE_COMMITTEE', g:true, a:'182109-maruoka', f:['community_welfare'],
   d:'地域福祉推進基礎組織「地区ふくしの会」（名称はデモ用）。'},
  {n:'春江まちづくり協議会 福祉部会', k:'RESIDENT_GROUP', sub:'DISTRICT_WELFARE_COMMITTEE', g:true, a:'182109-harue', f:['community_welfare'],
   d:'地域福祉推進基礎組織「まち協福祉部会」（名称はデモ用）。'},
  {n:'坂井町まちづくり協議会', k:'RESIDENT_GROUP', sub:'OTHER', g:true, a:'182109-sakai', f:['community_welfare','transport','regional_revitalization'],
   d:'コミュニティセンター単位のまちづくり協議会。データシートをもとにした話し合いからオンデマンドバスの実験的運行が生まれた（名称はデモ用）。'},
  {n:'ハローワーク三国', k:'SUPPORT_AGENCY', sub:'HELLO_WORK', g:false, a:'182109', f:['employment'],
   d:'公共職業安定所。職員が第3次地域福祉活動計画の策定委員に加わった（事例4は「ハローワーク職員」と記載）。'},
  {n:'坂井市教育委員会', k:'GOVERNMENT_OFFICE', g:false, a:'182109', f:['education'],
   d:'第3次地域福祉活動計画の策定委員に加わった。'},
  // ── 大阪狭山市（大阪府） — seed 002 4. 実施例 事例5 ──
  {n:'大阪狭山市地域包括支援センター', k:'SUPPORT_AGENCY', sub:'COMMUNITY_GENERAL_SUPPORT_CENTER', g:false, a:'272311', f:['elderly'],
   d:'市社協が受託。包括的相談支援事業の一翼。'},
  {n:'大阪狭山市基幹相談支援センター', k:'SUPPORT_AGENCY', sub:'CORE_DISABILITY_CONSULTATION_CENTER', g:false, a:'272311', f:['disability'],
   d:'市社協が受託する障害の基幹相談支援センター。'},
  {n:'大阪狭山市生活サポートセンター', k:'SUPPORT_AGENCY', sub:'SELF_RELIANCE_SUPPORT_AGENCY', g:false, a:'272311', f:['poverty','employment'],
   d:'市社協が受託する生活困窮者自立支援事業の相談窓口（自立相談支援機関）。'},
  {n:'大阪狭山市子育て支援センター', k:'SUPPORT_AGENCY', sub:'CHILD_FAMILY_SUPPORT', g:false, a:'272311', f:['children','nursery'],
   d:'行政で運営している子育て支援センター。包括的相談支援事業に加わる。'},
  {n:'大阪狭山市役所', k:'GOVERNMENT_OFFICE', g:false, a:'272311', f:['community_welfare'],
   d:'令和2年10月に市社協へ重層事業の委託を打診。市役所内の関係部署および各相談支援機関に「重層支援担当」を配置し、支援経過を共有。'},
  // the 9 地区福祉委員会 (おおむね小学校区, the seed gives only the count: names made up)
  {n:'東地区福祉委員会', k:'RESIDENT_GROUP', sub:'DISTRICT_WELFARE_COMMITTEE', g:true, a:'272311-higashi', f:['community_welfare'], d:'地区福祉委員会（名称はデモ用）。世代や属性を超えた居場所を運営。'},
  {n:'西地区福祉委員会', k:'RESIDENT_GROUP', sub:'DISTRICT_WELFARE_COMMITTEE', g:true, a:'272311-nishi', f:['community_welfare'], d:'地区福祉委員会（名称はデモ用）。'},
  {n:'南地区福祉委員会', k:'RESIDENT_GROUP', sub:'DISTRICT_WELFARE_COMMITTEE', g:true, a:'272311-minami', f:['community_welfare'], d:'地区福祉委員会（名称はデモ用）。'},
  {n:'北地区福祉委員会', k:'RESIDENT_GROUP', sub:'DISTRICT_WELFARE_COMMITTEE', g:true, a:'272311', f:['community_welfare'], d:'地区福祉委員会（名称はデモ用）。'},
  {n:'第七地区福祉委員会', k:'RESIDENT_GROUP', sub:'DISTRICT_WELFARE_COMMITTEE', g:true, a:'272311', f:['community_welfare'], d:'地区福祉委員会（名称はデモ用）。'},
  {n:'南第二地区福祉委員会', k:'RESIDENT_GROUP', sub:'DISTRICT_WELFARE_COMMITTEE', g:true, a:'272311', f:['community_welfare'], d:'地区福祉委員会（名称はデモ用）。'},
  {n:'東野地区福祉委員会', k:'RESIDENT_GROUP', sub:'DISTRICT_WELFARE_COMMITTEE', g:true, a:'272311', f:['community_welfare'], d:'地区福祉委員会（名称はデモ用）。'},
  {n:'西山台地区福祉委員会', k:'RESIDENT_GROUP', sub:'DISTRICT_WELFARE_COMMITTEE', g:true, a:'272311', f:['community_welfare'], d:'地区福祉委員会（名称はデモ用）。'},
  {n:'大野台地区福祉委員会', k:'RESIDENT_GROUP', sub:'DISTRICT_WELFARE_COMMITTEE', g:true, a:'272311', f:['community_welfare'], d:'地区福祉委員会（名称はデモ用）。'},
  // ── 松江市（島根県） — seed 002 4. 実施例 事例6 ──
  //     松江市セーフティネット会議（権利擁護部会・生活困窮部会）
  {n:'松江市 福祉総務課', k:'GOVERNMENT_OFFICE', g:false, a:'322016', f:['community_welfare'],
   d:'松江市の福祉総務課。重層的支援会議の共同事務局を市社協と担う。'},
  {n:'松江市教育委員会', k:'GOVERNMENT_OFFICE', g:false, a:'322016', f:['education'],
   d:'松江市セーフティネット会議に教育分野として参加。'},
  {n:'松江市 住宅政策課', k:'GOVERNMENT_OFFICE', g:true, a:'322016', f:['housing'],
   d:'松江市セーフティネット会議に住宅分野として参加（課名はデモ用）。'},
  {n:'法テラス島根', k:'SUPPORT_AGENCY', sub:'LEGAL_SUPPORT_CENTER', g:false, a:'322016', s:['320005'], f:['justice'],
   d:'日本司法支援センター島根地方事務所。松江市セーフティネット会議に司法分野として参加（事例6は「司法」と記載）。'},
  {n:'松江しんじ湖総合病院', k:'SUPPORT_AGENCY', sub:'HOSPITAL', g:true, a:'322016', f:['health_medical'],
   d:'松江市セーフティネット会議に医療分野として参加する病院（病院名はデモ用）。'},
  {n:'松江市生活困窮者自立相談支援センター', k:'SUPPORT_AGENCY', sub:'SELF_RELIANCE_SUPPORT_AGENCY', g:true, a:'322016', f:['poverty','employment'],
   d:'市社協が受託する生活困窮者の自立相談支援機関（名称はデモ用）。'},
  // 市内全6カ所の地域包括支援センター (市社協が受託, CSW を置き「地域福祉ステーション」) - names made up
  {n:'松江市地域包括支援センター 中央', k:'SUPPORT_AGENCY', sub:'COMMUNITY_GENERAL_SUPPORT_CENTER', g:true, a:'322016', f:['elderly','community_welfare'],
   d:'市社協が受託する地域包括支援センター。CSWを配置した「地域福祉ステーション」（6カ所の一つ。名称はデモ用）。'},
  {n:'松江市地域包括支援センター 北部', k:'SUPPORT_AGENCY', sub:'COMMUNITY_GENERAL_SUPPORT_CENTER', g:true, a:'322016', f:['elderly','community_welfare'], d:'地域福祉ステーション（名称はデモ用）。'},
  {n:'松江市地域包括支援センター 東部', k:'SUPPORT_AGENCY', sub:'COMMUNITY_GENERAL_SUPPORT_CENTER', g:true, a:'322016', f:['elderly','community_welfare'], d:'地域福祉ステーション（名称はデモ用）。'},
  {n:'松江市地域包括支援センター 西部', k:'SUPPORT_AGENCY', sub:'COMMUNITY_GENERAL_SUPPORT_CENTER', g:true, a:'322016', f:['elderly','community_welfare'], d:'地域福祉ステーション（名称はデモ用）。'},
  {n:'松江市地域包括支援センター 南部', k:'SUPPORT_AGENCY', sub:'COMMUNITY_GENERAL_SUPPORT_CENTER', g:true, a:'322016', f:['elderly','community_welfare'], d:'地域福祉ステーション（名称はデモ用）。'},
  {n:'松江市地域包括支援センター 湖南', k:'SUPPORT_AGENCY', sub:'COMMUNITY_GENERAL_SUPPORT_CENTER', g:true, a:'322016', f:['elderly','community_welfare'], d:'地域福祉ステーション（名称はデモ用）。'},
  // 公民館区ごとの地区社協 (公民館活動と一体的に展開) - names made up
  {n:'城北地区社会福祉協議会', k:'COUNCIL', sub:'DISTRICT', g:true, a:'322016-johoku', f:['community_welfare'], d:'公民館活動と一体的に活動する地区社協（名称はデモ用）。'},
  {n:'雑賀地区社会福祉協議会', k:'COUNCIL', sub:'DISTRICT', g:true, a:'322016-saika', f:['community_welfare'], d:'公民館活動と一体的に活動する地区社協（名称はデモ用）。'},
  {n:'津田地区社会福祉協議会', k:'COUNCIL', sub:'DISTRICT', g:true, a:'322016-tsuda', f:['community_welfare'], d:'公民館活動と一体的に活動する地区社協（名称はデモ用）。'},
  {n:'松江市民生委員児童委員協議会', k:'RESIDENT_GROUP', sub:'COMMISSIONER_COUNCIL', g:false, a:'322016', f:['community_welfare'],
   d:'松江市の民生委員・児童委員の協議会。市社協が民生委員・児童委員活動を支援。'}
] AS r
MATCH (a:Area {code: r.a})
CREATE (o:Organization {id: randomUUID(), name: r.n, nameKana: r.kana, kind: r.k,
  description: coalesce(r.d, CASE r.k WHEN 'NPO' THEN '吹田市施設連絡会に加盟するNPO法人（名称はデモ用）。' WHEN 'COMPANY' THEN '吹田市施設連絡会に加盟する株式会社（名称はデモ用）。' END),
  generated: r.g, archived: false, createdAt: datetime(), updatedAt: datetime()})
SET o:$(L[r.k]),
    o.councilLevel = CASE WHEN r.k = 'COUNCIL' THEN r.sub END,
    o.facilityField = CASE WHEN r.k = 'FACILITY' THEN r.sub END,
    o.agencyType = CASE WHEN r.k = 'SUPPORT_AGENCY' THEN r.sub END,
    o.groupType = CASE WHEN r.k = 'RESIDENT_GROUP' THEN r.sub END
CREATE (o)-[:LOCATED_IN]->(a)
WITH o, r
UNWIND coalesce(r.s, [r.a]) AS sc
MATCH (sa:Area {code: sc})
CREATE (o)-[:SERVES]->(sa)
WITH DISTINCT o, r
UNWIND r.f AS fc
MATCH (f:Field {code: fc})
CREATE (o)-[:IN_FIELD]->(f);

// ---------------------------------------------------------------------
// 4. Social welfare corporations and the facilities they operate. The seeds give only counts
//    (小野市 20, うきは市 9, 鶴田町 7, さぬき市 5法人7施設, 吹田市 100超 …): names are made up (generated = true).
//    Facility names are built from a template (T) and the corporation's word (w), DM is the default description.
// ---------------------------------------------------------------------
WITH {E1:['特別養護老人ホーム','荘','ELDERLY'], E2:['デイサービスセンター','','ELDERLY'], E3:['ケアハウス','','ELDERLY'], E4:['グループホーム','','ELDERLY'],
      D1:['障害者支援施設','園','DISABILITY'], D2:['','作業所','DISABILITY'], D3:['','生活介護センター','DISABILITY'],
      C1:['児童養護施設','学園','CHILDREN'], C2:['放課後等デイサービス','','CHILDREN'],
      N1:['','保育園','NURSERY'], N2:['認定こども園','','NURSERY'], N3:['','こども園','NURSERY']} AS T,
     {`282189`: '小野市内の社会福祉法人。「ほっとかへんネットおの」参加法人（名称はデモ用）。',
      `282146`: '宝塚市内の社会福祉法人。社会福祉法人連絡協議会（ほっとかへんネット宝塚）参加法人（名称はデモ用）。',
      `284645`: '太子町内の社会福祉法人。令和5年度に設立された「ほっとかへんネット」参加法人（名称はデモ用）。',
      `402257`: 'うきは市内の社会福祉法人。「うきは市社会福祉法人連絡協議会」参加法人（名称はデモ用）。',
      `023841`: '鶴田町内の社会福祉法人。施設・事業所に「暮らしのよりどころ相談所」の相談窓口を設ける（名称はデモ用）。',
      `372064`: 'さぬき市内の社会福祉法人。香川おもいやりネットワーク事業の参画法人（名称はデモ用）。',
      `272051`: '吹田市内の社会福祉法人。運営する施設が吹田市施設連絡会に加盟（名称はデモ用）。',
      `132250`: '稲城市内の社会福祉法人。「稲城市社会福祉法人連絡協議会」参加法人（名称はデモ用）。',
      `272311`: '大阪狭山市内の社会福祉法人。施設連絡会の社会貢献事業として業務の切り分けによる参加支援の受け入れ先（名称はデモ用）。'} AS DM
UNWIND [
  // ── 小野市（兵庫県） — seed 004 推進方策① 実践事例: 小野市社協 ──
  // The 20 corporations of ほっとかへんネットおの (the seed gives only the count: names are made up) and their facilities
  {n:'社会福祉法人おの福祉会', w:'おの', fac:['E1','E2'], a:'282189'},
  {n:'社会福祉法人きすみ野福祉会', w:'きすみ野', fac:['E1','E2'], a:'282189-kisumi',
   d:'来住地区の特別養護老人ホームを運営。介護の専門性を持つ職員が「買い物バスツアー」に付き添う（法人名はデモ用）。'},
  {n:'社会福祉法人鴨池会', w:'鴨池', fac:['E1'], a:'282189'},
  {n:'社会福祉法人ひまわりの丘福祉会', w:'ひまわりの丘', fac:['N1'], a:'282189'},
  {n:'社会福祉法人河合福祉会', w:'河合', fac:['E4','E2'], a:'282189-kawai'},
  {n:'社会福祉法人あお野会', w:'あお野', fac:['D1','D2'], a:'282189'},
  {n:'社会福祉法人粟生会', w:'粟生', fac:['N1'], a:'282189'},
  {n:'社会福祉法人樫山福祉会', w:'樫山', fac:['D3'], a:'282189'},
  {n:'社会福祉法人浄土ヶ丘会', w:'浄土ヶ丘', fac:['E3'], a:'282189'},
  {n:'社会福祉法人市場福祉会', w:'いちば', fac:['E2'], a:'282189-ichiba'},
  {n:'社会福祉法人大部会', w:'大部', fac:['N2'], a:'282189'},
  {n:'社会福祉法人白雲谷会', w:'白雲谷', fac:['D1'], a:'282189'},
  {n:'社会福祉法人はるかぜ会', w:'はるかぜ', fac:['C1'], a:'282189'},
  {n:'社会福祉法人東条川福祉会', w:'東条川', fac:['E1'], a:'282189'},
  {n:'社会福祉法人おのみどり会', w:'おのみどり', fac:['N1'], a:'282189'},
  {n:'社会福祉法人そろばんの郷', w:'そろばんの郷', fac:['E2'], a:'282189'},
  {n:'社会福祉法人青野ヶ原福祉会', w:'青野ヶ原', fac:['D2'], a:'282189'},
  {n:'社会福祉法人やまびこ会', w:'やまびこ', fac:['C2'], a:'282189'},
  {n:'社会福祉法人小野ゆうあい会', w:'ゆうあい', fac:['E4'], a:'282189'},
  {n:'社会福祉法人ひかり福祉会', w:'ひかり', fac:['N3'], a:'282189'},
  // ── 宝塚市（兵庫県） — seed 001 ミニ特集 事例① 宝塚市社協 ──
  {n:'社会福祉法人武庫川福祉会', w:'武庫川', fac:['E1','E2'], a:'282146'},
  {n:'社会福祉法人逆瀬台会', w:'逆瀬台', fac:['D1','D2'], a:'282146'},
  {n:'社会福祉法人西谷の里会', w:'西谷の里', fac:['E1'], a:'282146'},
  {n:'社会福祉法人花のみち会', w:'花のみち', fac:['N1','N2'], a:'282146'},
  {n:'社会福祉法人長尾山福祉会', w:'長尾山', fac:['C1'], a:'282146'},
  {n:'社会福祉法人仁川会', w:'仁川', fac:['E4','D3'], a:'282146'},
  // ── 太子町（兵庫県揖保郡） — seed 001 ミニ特集 事例② 太子町社協 ──
  // 高齢・障害・保育 corporations invited into the new ほっとかへんネット (count not given: 5, names made up)
  {n:'社会福祉法人いかるが福祉会', w:'いかるが', fac:['E1','E2'], a:'284645-ikaruga'},
  {n:'社会福祉法人太子の里会', w:'太子の里', fac:['D1','D2'], a:'284645'},
  {n:'社会福祉法人揖保川会', w:'揖保川', fac:['N1'], a:'284645-ota'},
  {n:'社会福祉法人檀特山会', w:'檀特山', fac:['E4'], a:'284645'},
  {n:'社会福祉法人石海福祉会', w:'石海', fac:['N2'], a:'284645-sekkai'},
  // ── うきは市（福岡県） — seed 004 推進方策① 実践事例: うきは市社協 ──
  // 市内全ての法人（9法人）: names made up
  {n:'社会福祉法人耳納福祉会', w:'耳納', fac:['E1','E2'], a:'402257-yoshii'},
  {n:'社会福祉法人白壁会', w:'白壁', fac:['D1','D2'], a:'402257-yoshii',
   d:'障害者支援施設を運営。利用者の「休日に楽しく過ごせる場所が欲しい」との声を受け、障害者の居場所づくり・買い物の支援を行う（法人名はデモ用）。'},
  {n:'社会福祉法人筑後川福祉会', w:'筑後川', fac:['E1'], a:'402257-ukiha'},
  {n:'社会福祉法人流川会', w:'流川', fac:['N1'], a:'402257-ukiha'},
  {n:'社会福祉法人山春会', w:'山春', fac:['E4'], a:'402257-ukiha'},
  {n:'社会福祉法人うきは光会', w:'うきは光', fac:['D3'], a:'402257'},
  {n:'社会福祉法人千年会', w:'千年', fac:['N2'], a:'402257'},
  {n:'社会福祉法人御幸福祉会', w:'御幸', fac:['E3'], a:'402257'},
  {n:'社会福祉法人姫治会', w:'姫治', fac:['C2'], a:'402257'},
  // ── 鶴田町（青森県） — seed 004 推進方策② 実践事例: 鶴田町社協 ──
  // 町内の7つの社会福祉法人 (names made up) with their facilities in 高齢・障害・児童・保育
  {n:'社会福祉法人つるた福祉会', w:'つるた', fac:['E1','E2'], a:'023841-tsuruta'},
  {n:'社会福祉法人岩木川会', w:'岩木川', fac:['E4'], a:'023841-rokugo'},
  {n:'社会福祉法人富士見湖会', w:'富士見湖', fac:['D1'], a:'023841-mizumoto'},
  {n:'社会福祉法人鶴の舞会', w:'鶴の舞', fac:['D2'], a:'023841-tsuruta'},
  {n:'社会福祉法人梅沢福祉会', w:'梅沢', fac:['C1'], a:'023841-umezawa'},
  {n:'社会福祉法人廻堰会', w:'廻堰', fac:['N1'], a:'023841-mizumoto'},
  {n:'社会福祉法人つがるの実会', w:'つがるの実', fac:['N2'], a:'023841-rokugo'},
  // ── さぬき市（香川県） — seed 004 推進方策② 実践事例: さぬき市社協 ──
  // 市内の参画法人（5法人7施設）: names made up
  {n:'社会福祉法人志度浦会', w:'志度浦', fac:['E1','E2'], a:'372064-shido'},
  {n:'社会福祉法人長尾福祉会', w:'長尾', fac:['E1'], a:'372064-nagao'},
  {n:'社会福祉法人津田の松原会', w:'津田の松原', fac:['D1','D2'], a:'372064-tsuda'},
  {n:'社会福祉法人さぬき大川会', w:'大川', fac:['N1'], a:'372064'},
  {n:'社会福祉法人寒川会', w:'寒川', fac:['C1'], a:'372064'},
  // ── 吹田市（大阪府） — seed 004 推進方策③ 実践事例: 吹田市社協 ──
  // 22 corporations operating 69 facilities (names made up)
  {n:'社会福祉法人千里福祉会', w:'千里', fac:['E1','E2','E4','N1'], a:'272051-senriyama'},
  {n:'社会福祉法人山田会', w:'山田', fac:['E1','E2','N1'], a:'272051-yamada'},
  {n:'社会福祉法人岸部福祉会', w:'岸部', fac:['E1','D2','N1','E2'], a:'272051-kishibe'},
  {n:'社会福祉法人佐竹台会', w:'佐竹台', fac:['E2','E3','C2'], a:'272051-satakedai'},
  {n:'社会福祉法人江坂会', w:'江坂', fac:['N1','N2','C2'], a:'272051'},
  {n:'社会福祉法人豊津福祉会', w:'豊津', fac:['D1','D2','D3','C2'], a:'272051'},
  {n:'社会福祉法人片山会', w:'片山', fac:['E1','E2','N1'], a:'272051'},
  {n:'社会福祉法人南吹田会', w:'南吹田', fac:['N1','N3','C2'], a:'272051'},
  {n:'社会福祉法人垂水福祉会', w:'垂水', fac:['E1','E4','E2'], a:'272051'},
  {n:'社会福祉法人青山台会', w:'青山台', fac:['D2','D3','E2'], a:'272051'},
  {n:'社会福祉法人桃山台会', w:'桃山台', fac:['N1','N2','E2'], a:'272051'},
  {n:'社会福祉法人竹見台会', w:'竹見台', fac:['E3','E4','N1'], a:'272051'},
  {n:'社会福祉法人高野台福祉会', w:'高野台', fac:['E1','E2','D2'], a:'272051'},
  {n:'社会福祉法人津雲台会', w:'津雲台', fac:['N2','N1','C2'], a:'272051'},
  {n:'社会福祉法人藤白台会', w:'藤白台', fac:['E1','E2','E3'], a:'272051'},
  {n:'社会福祉法人古江台会', w:'古江台', fac:['D1','D2','N1'], a:'272051'},
  {n:'社会福祉法人くわいの里会', w:'くわいの里', fac:['E4','E2','N3'], a:'272051'},
  {n:'社会福祉法人万博の森会', w:'万博の森', fac:['C1','C2','N1'], a:'272051'},
  {n:'社会福祉法人泉殿会', w:'泉殿', fac:['E1','E2','N1'], a:'272051'},
  {n:'社会福祉法人五月が丘福祉会', w:'五月が丘', fac:['N1','N2','E2'], a:'272051'},
  {n:'社会福祉法人千里丘会', w:'千里丘', fac:['E1','E4','D3'], a:'272051'},
  {n:'社会福祉法人春日会', w:'春日', fac:['E2','N1','C2'], a:'272051'},
  // ── 稲城市（東京都） — seed 004 推進方策③ 実践事例: 稲城市社協 ──
  // 市内の社会福祉法人（「複数法人」: 6, names made up). 矢野口福祉会 runs the ケアハウス whose residents volunteer at the 子ども食堂
  {n:'社会福祉法人矢野口福祉会', w:'矢野口', fac:['E3','E2'], a:'132250-yanokuchi',
   d:'矢野口地区でケアハウスを運営。複数法人と連携して子ども食堂を実施し、ケアハウス入居者もボランティアとして参加（法人名はデモ用）。'},
  {n:'社会福祉法人多摩川会', w:'多摩川', fac:['N1'], a:'132250-yanokuchi'},
  {n:'社会福祉法人梨の里会', w:'梨の里', fac:['E1'], a:'132250'},
  {n:'社会福祉法人平尾会', w:'平尾', fac:['D2','D3'], a:'132250-hirao'},
  {n:'社会福祉法人若葉台福祉会', w:'若葉台', fac:['N2','C2'], a:'132250'},
  {n:'社会福祉法人坂浜会', w:'坂浜', fac:['C1'], a:'132250'},
  // ── 大阪狭山市（大阪府） — seed 002 4. 実施例 事例5 ──
  // corporations of the 施設連絡会 (count not given: 4, names made up)
  {n:'社会福祉法人さやま池福祉会', w:'さやま池', fac:['E1','E2'], a:'272311'},
  {n:'社会福祉法人金剛会', w:'金剛', fac:['D2','D3'], a:'272311'},
  {n:'社会福祉法人くみの木会', w:'くみの木', fac:['N1'], a:'272311'},
  {n:'社会福祉法人池尻会', w:'池尻', fac:['E4'], a:'272311'}
] AS r
MATCH (a:Area {code: r.a})
CREATE (c:Organization:SocialWelfareCorporation {id: randomUUID(), name: r.n, kind: 'SOCIAL_WELFARE_CORPORATION',
  description: coalesce(r.d, DM[left(r.a, 6)]), generated: true, archived: false, createdAt: datetime(), updatedAt: datetime()})
CREATE (c)-[:LOCATED_IN]->(a)
CREATE (c)-[:SERVES]->(a)
WITH c, r, a, T
UNWIND r.fac AS fk
CREATE (f:Organization:Facility {id: randomUUID(), name: T[fk][0] + r.w + T[fk][1], kind: 'FACILITY', facilityField: T[fk][2],
  generated: true, archived: false, createdAt: datetime(), updatedAt: datetime()})
CREATE (c)-[:OPERATES]->(f)
CREATE (f)-[:LOCATED_IN]->(a)
CREATE (f)-[:SERVES]->(a);

// 日向市: the 66 organisations of 日向市社会福祉施設等連絡会 = 日向市社協 + 36 corporations + 16 NPOs + 13 companies (names made up)
WITH ['細島','美々津','東郷','富高','財光寺','平岩','塩見','日知屋','大王谷','幸脇','坪谷','伊勢ヶ浜',
      '馬ヶ背','お倉ヶ浜','耳川','冠岳','米の山','日向灘','亀崎','庄手','鶴町','曽根','梶木','山陰',
      '大御神','遠見','本谷','江良','原町','向江','北町','春原','迎洋','比良','永田','田の原'] AS W,
     ['会','福祉会','会','厚生会','会','福祉会'] AS SUF,
     [['elderly'],['disability'],['children','nursery'],['elderly'],['nursery'],['elderly','disability']] AS FLD
MATCH (m:Municipality {code: '452068'})
UNWIND range(0, size(W) - 1) AS i
CREATE (c:Organization:SocialWelfareCorporation {id: randomUUID(), name: '社会福祉法人' + W[i] + SUF[i % 6], kind: 'SOCIAL_WELFARE_CORPORATION',
  description: '日向市内の社会福祉法人。日向市社会福祉施設等連絡会の構成団体（名称はデモ用）。',
  generated: true, archived: false, createdAt: datetime(), updatedAt: datetime()})
CREATE (c)-[:LOCATED_IN]->(m)
CREATE (c)-[:SERVES]->(m)
WITH c, FLD[i % 6] AS fs
UNWIND fs AS fc
MATCH (f:Field {code: fc})
CREATE (c)-[:IN_FIELD]->(f);

// a few of them run facilities that appear in the demo services
WITH {E1:['特別養護老人ホーム','荘','ELDERLY'], D2:['','作業所','DISABILITY'], N1:['','保育園','NURSERY']} AS T
UNWIND [
  {n:'社会福祉法人細島会', w:'細島', fac:['E1']},
  {n:'社会福祉法人美々津福祉会', w:'美々津', fac:['D2']},
  {n:'社会福祉法人財光寺会', w:'財光寺', fac:['N1']}
] AS r
MATCH (c:Organization {name: r.n})-[:LOCATED_IN]->(a:Area)
UNWIND r.fac AS fk
CREATE (f:Organization:Facility {id: randomUUID(), name: T[fk][0] + r.w + T[fk][1], kind: 'FACILITY', facilityField: T[fk][2],
  generated: true, archived: false, createdAt: datetime(), updatedAt: datetime()})
CREATE (c)-[:OPERATES]->(f)
CREATE (f)-[:LOCATED_IN]->(a)
CREATE (f)-[:SERVES]->(a);

WITH {COUNCIL:'Council', SOCIAL_WELFARE_CORPORATION:'SocialWelfareCorporation', FACILITY:'Facility', NPO:'Npo', COMPANY:'Company',
      GOVERNMENT_OFFICE:'GovernmentOffice', SUPPORT_AGENCY:'SupportAgency', RESIDENT_GROUP:'ResidentGroup'} AS L
UNWIND [
  {n:'NPO法人ひゅうが子ども未来ネット', k:'NPO', f:['children']},
  {n:'NPO法人日向こども食堂ひろば', k:'NPO', f:['children','poverty']},
  {n:'NPO法人ひゅうが就労支援センター', k:'NPO', f:['employment','disability']},
  {n:'NPO法人細島みなと見守り隊', k:'NPO', f:['community_welfare','elderly']},
  {n:'NPO法人美々津まちなみ福祉の会', k:'NPO', f:['community_welfare','regional_revitalization']},
  {n:'NPO法人日向ひきこもり家族支援の会', k:'NPO', f:['health_medical']},
  {n:'NPO法人ひゅうが障害者自立生活センター', k:'NPO', f:['disability']},
  {n:'NPO法人日向フードサポート', k:'NPO', f:['poverty']},
  {n:'NPO法人財光寺ふれあいの家', k:'NPO', f:['community_welfare','elderly']},
  {n:'NPO法人ひゅうが子育てネット', k:'NPO', f:['nursery','children']},
  {n:'NPO法人日向シニア活動支援の会', k:'NPO', f:['elderly']},
  {n:'NPO法人耳川流域ささえあいネット', k:'NPO', f:['community_welfare','agriculture']},
  {n:'NPO法人日向外国人支援ネットワーク', k:'NPO', f:['community_welfare','education']},
  {n:'NPO法人日知屋コミュニティカフェ', k:'NPO', f:['community_welfare']},
  {n:'NPO法人日向若者サポート', k:'NPO', f:['employment','education']},
  {n:'NPO法人東郷やまびこの会', k:'NPO', f:['community_welfare','elderly']},
  {n:'株式会社ひゅうがケアサービス', k:'COMPANY', f:['elderly']},
  {n:'株式会社日向ホームヘルプ', k:'COMPANY', f:['elderly']},
  {n:'株式会社細島運輸', k:'COMPANY', f:['transport','industry']},
  {n:'株式会社日向灘食品', k:'COMPANY', f:['industry','agriculture']},
  {n:'株式会社ひむか介護', k:'COMPANY', f:['elderly']},
  {n:'株式会社日向デイケア', k:'COMPANY', f:['elderly','health_medical']},
  {n:'株式会社みなと保育サービス', k:'COMPANY', f:['nursery']},
  {n:'株式会社日知屋ケア', k:'COMPANY', f:['elderly']},
  {n:'株式会社ひゅうが訪問看護', k:'COMPANY', f:['health_medical']},
  {n:'株式会社財光寺ふくし', k:'COMPANY', f:['disability']},
  {n:'株式会社日向スーパーマーケット', k:'COMPANY', f:['industry']},
  {n:'株式会社美々津ヘルパー', k:'COMPANY', f:['elderly']},
  {n:'株式会社ひむか建設', k:'COMPANY', f:['industry']}
] AS r
MATCH (a:Municipality {code: '452068'})
CREATE (o:Organization {id: randomUUID(), name: r.n, kind: r.k,
  description: CASE r.k WHEN 'NPO' THEN '日向市社会福祉施設等連絡会の構成団体のNPO法人（名称はデモ用）。' ELSE '日向市社会福祉施設等連絡会の構成団体の企業（名称はデモ用）。' END,
  generated: true, archived: false, createdAt: datetime(), updatedAt: datetime()})
SET o:$(L[r.k])
CREATE (o)-[:LOCATED_IN]->(a)
CREATE (o)-[:SERVES]->(a)
WITH o, r
UNWIND r.f AS fc
MATCH (f:Field {code: fc})
CREATE (o)-[:IN_FIELD]->(f);

// ---------------------------------------------------------------------
// 5. Networks (連絡会・協議会・協議体・会議・部会) and their sub-committees
// ---------------------------------------------------------------------
UNWIND [
  // ── 全国: 全国経営協, 全社協 地域福祉推進委員会・企画小委員会 — seed 004 共同宣言, seed 002 提言 ──
  {n:'全国社会福祉法人経営者協議会', k:'COUNCIL', g:false, fo:null, cov:['020001','030007','080004','110001','130001','180009','270008','280003','320005','370002','400009','450006'],
   d:'全国の社会福祉法人の経営者の協議会（全国経営協）。全社協 地域福祉推進委員会と連名で共同宣言（令和2年7月31日）を公表。'},
  {n:'全社協 地域福祉推進委員会', k:'SUBCOMMITTEE', g:false, fo:null, cov:['020001','030007','080004','110001','130001','180009','270008','280003','320005','370002','400009','450006'],
   d:'全国社会福祉協議会の地域福祉推進委員会。推進方策、提言をとりまとめる。'},
  {n:'全社協 地域福祉推進委員会 企画小委員会', k:'SUBCOMMITTEE', g:false, fo:null, cov:['020001','030007','080004','110001','130001','180009','270008','280003','320005','370002','400009','450006'],
   d:'推進方策・提言「包括的支援体制の構築に向けた社協の取り組みについて」（令和4年2月10日）をとりまとめた小委員会。'},
  // ── 兵庫県（県域）: 兵庫県社協・ほっとかへんネット — seed 000 第8次経営・活動計画 重点的取組①, seed 001 ミニ特集 ──
  //    seed 001 (ミニ特集「ほっとかへんネットワーカー配置による体制強化」2023年7-8月号)
  {n:'ほっとかへんネット', k:'PLATFORM', g:false, fo:null, cov:['280003'],
   d:'兵庫県内の社会福祉法人・施設による地域における公益的な取組のネットワーク（市町ごとの社会福祉法人連絡協議会の愛称）。会員は社会福祉法人・施設で、社協は会員ではない。法人・施設はこの取り組みを通じて県内社協と連携してきた。体制強化事業では「ほっとかへんネット」との連携を前面に打ち出している。'},
  {n:'生活困窮者自立支援実施機関・市町村社協連絡会議（仮称）', k:'MEETING', g:false, fo:null, st:'PLANNED', cov:['280003'],
   d:'兵庫県社協 第8次経営・活動計画（R5-R9）で開催を計画している連絡会議（仮称）。複雑化・複合化する事案への相談援助の質を高めるための関係機関との連携・協働。計画であり、構成員は未定。'},
  {n:'兵庫県社協 市町村社協地域福祉推進委員会', k:'SUBCOMMITTEE', g:false, fo:'2023-04-01', cov:['280003'],
   d:'市町村社協の相談体制整備に向けた委員会（第8次経営・活動計画 R5-R9）。個別支援部門と地域福祉推進部門の局内連携体制の構築を推進。'},
  // ── 小野市（兵庫県） — seed 004 推進方策① 実践事例: 小野市社協 ──
  {n:'ほっとかへんネットおの', k:'COUNCIL', g:false, fo:'2017-06-01', cov:['282189'],
   d:'小野市内の全ての社会福祉法人が連携し平成29年6月に設立。「無理なくできることから」をモットーに、小野市社協を事務局として20の法人が各地で活動。社会福祉法人は第2層協議体の設立準備段階から住民とともに参画。'},
  {n:'来住地区よりそい協議会', k:'CONSULTATIVE_BODY', tier:2, g:false, fo:'2017-10-01', cov:['282189-kisumi'],
   d:'生活支援体制整備事業の第2層協議体（小学校区）として平成29年度に設立。地域の困りごと調査で高齢者の買い物・移動のニーズが明らかになり「買い物バスツアー」を試行。'},
  // ── 宝塚市（兵庫県） — seed 001 ミニ特集 事例① 宝塚市社協 ──
  {n:'ほっとかへんネット宝塚（宝塚市社会福祉法人連絡協議会）', k:'COUNCIL', g:false, fo:null, cov:['282146'],
   d:'宝塚市の社会福祉法人連絡協議会（「ほっとかへんネット」）。市社協は今後、ほっとかへんネットや民間企業等の多機関による連携強化を進める（事例①）。'},
  // ── 太子町（兵庫県揖保郡） — seed 001 ミニ特集 事例② 太子町社協 ──
  {n:'ほっとかへんネット太子（太子町社会福祉法人連絡協議会）', k:'COUNCIL', g:false, fo:null, st:'PLANNED', cov:['284645'],
   d:'地域での支えあい活動を社会福祉法人・施設が率先して進めることを目的に、町社協が令和5年度に設立を呼びかけ。高齢・障害・保育などの法人が一体となり、各法人の専門性を活かした住民向け相談会を計画（資料の時点では呼びかけの段階で、設立日・構成法人は記載なし。名称の「太子」はデモ用の表記）。'},
  // ── うきは市（福岡県） — seed 004 推進方策① 実践事例: うきは市社協 ──
  {n:'うきは市社会福祉法人連絡協議会', k:'COUNCIL', g:false, fo:'2014-04-01', cov:['402257'],
   d:'平成26年発足。現在は市内全ての法人（9法人）が参加し、地域からの依頼を受けて「わくわく福祉出前講座」、障害者の居場所づくり・買い物の支援、駅等の清掃活動や花の寄贈などを行う。'},
  {n:'うきは市社会福祉法人連絡協議会 代表者会', k:'MEETING', g:false, fo:'2014-04-01', cov:['402257'],
   d:'各社会福祉法人から代表者が集まり、地域における公益的な取組や人材育成等に関する意見交換等を行う。年3回程度開催。'},
  {n:'うきは市社会福祉法人連絡協議会 社会貢献プロジェクト委員会', k:'SUBCOMMITTEE', g:false, fo:'2016-04-01', cov:['402257'],
   d:'各法人から選出された職員で組織。日常の仕事の中で把握しているニーズを出し合い、地域生活課題を分析し、地域における公益的な取組等につなげる。'},
  {n:'うきは市 第1層協議体（生活支援体制整備事業）', k:'CONSULTATIVE_BODY', tier:1, g:true, fo:'2016-04-01', cov:['402257'],
   d:'生活支援体制整備事業の第1層協議体。社会福祉法人が参加し、地域との連携で法人としてできることを提案（協議体の名称はデモ用）。'},
  {n:'うきは市 第2層協議体（吉井地区）', k:'CONSULTATIVE_BODY', tier:2, g:true, fo:'2017-04-01', cov:['402257-yoshii'],
   d:'生活支援体制整備事業の第2層協議体。社会福祉法人が参加（名称・圏域はデモ用）。'},
  {n:'うきは市 第2層協議体（浮羽地区）', k:'CONSULTATIVE_BODY', tier:2, g:true, fo:'2017-04-01', cov:['402257-ukiha'],
   d:'生活支援体制整備事業の第2層協議体。社会福祉法人が参加（名称・圏域はデモ用）。'},
  // ── 鶴田町（青森県） — seed 004 推進方策② 実践事例: 鶴田町社協 ──
  {n:'つなぐ!!つながる!!暮らしのよりどころ相談所', k:'PLATFORM', g:false, fo:'2021-03-01', cov:['023841'],
   d:'令和3年3月開始。町内の7つの社会福祉法人と社協、民生委員・児童委員の3者協働。令和2年度青森県基本計画の重点枠事業「社会福祉法人による『青森県型地域共生社会』西北モデル推進事業」の委託により実施、財源は「小規模法人のネットワーク化による協働推進事業」（国庫補助）。相談を待つだけでなく対象者のいる場所へ出向くアウトリーチ型の支援が特徴。'},
  // ── さぬき市（香川県） — seed 004 推進方策② 実践事例: さぬき市社協 ──
  {n:'香川おもいやりネットワーク事業', k:'PLATFORM', g:false, fo:null, cov:['370002'],
   d:'香川県で実施されている事業。地域の民生委員・児童委員と社会福祉法人・福祉施設、社協がつながり、地域の課題を解決する仕組みづくりを目的とする。'},
  {n:'さぬき市 地域ネットワーク会議（香川おもいやりネットワーク）', k:'MEETING', g:false, fo:null, cov:['372064'],
   d:'さぬき市社協と市内の参画法人（5法人7施設）の会議。毎月1回定例で個別ケース検討会を開催し、各法人の専門職が集まり、様々なルートから上がってくる地域生活課題を専門性・社会資源等を活かして支援につなぐ。'},
  // ── 吹田市（大阪府） — seed 004 推進方策③ 実践事例: 吹田市社協 ──
  {n:'吹田市施設連絡会', k:'LIAISON_COUNCIL', g:false, fo:'2005-04-01', cov:['272051'],
   d:'吹田市社協の組織構成会員に加入している福祉施設が平成17年度に設立。NPOや株式会社も含め、現在100を超える福祉施設が加盟。施設・地区福祉委員会との交流会・研修、「吹田しあわせネットワーク」（施設による生活困窮者支援）、被災地への支援、施設同士の見学会など多様な活動を実施。'},
  // ── 稲城市（東京都） — seed 004 推進方策③ 実践事例: 稲城市社協 ──
  {n:'稲城市社会福祉法人連絡協議会', k:'COUNCIL', g:false, fo:'2018-04-01', cov:['132250'],
   d:'はじめから組織をつくるのではなく、平成28年2月から約2年間の意見交換で顔の見える関係をつくり、具体的な活動が進む段階になって設立（設立日はデモ用の推定）。テーマは学齢期を中心とした「子どもの居場所づくり」。'},
  // ── 古河市（茨城県） — seed 002 4. 実施例 事例2 ──
  {n:'古河市 生活支援体制整備事業 協議体', k:'CONSULTATIVE_BODY', tier:1, g:true, fo:'2016-04-01', cov:['082040'],
   d:'生活支援体制整備事業の協議体。地域力強化推進事業でも活用し、地域の課題を吸い上げて活動内容を検討（名称はデモ用）。'},
  // ── 鳩山町（埼玉県） — seed 002 4. 実施例 事例3 ──
  {n:'鳩山町地域見守り支援ネットワーク（見守りはとネット）', k:'PLATFORM', g:false, fo:null, cov:['113484'],
   d:'一人もとりこぼさず、誰もが安心して暮らせる町をめざす地域見守り支援ネットワーク。'},
  {n:'鳩山町重層的支援会議', k:'MEETING', g:false, fo:'2021-04-01', cov:['113484'],
   d:'重層的支援会議として個別ケース会議と全体会議を設置（設置日はデモ用の推定）。'},
  {n:'鳩山町重層的支援会議 個別ケース会議', k:'MEETING', g:false, fo:'2021-04-01', cov:['113484'],
   d:'複合化したケースのうち本人の同意が得られたケースについて、月1回支援プランを協議。'},
  {n:'鳩山町重層的支援会議 全体会議', k:'MEETING', g:false, fo:'2021-04-01', cov:['113484'],
   d:'庁内の全課が出席し、地域の課題や各課の社会資源について情報共有。'},
  // ── 坂井市（福井県） — seed 002 4. 実施例 事例4 ──
  {n:'坂井市 第1層協議体', k:'CONSULTATIVE_BODY', tier:1, g:true, fo:'2017-04-01', cov:['182109'],
   d:'生活支援体制整備事業の第1層（市域）の協議体。生活支援コーディネーター1名（名称はデモ用）。'},
  {n:'三国支部社協委員会', k:'CONSULTATIVE_BODY', tier:2, g:false, fo:'2017-04-01', cov:['182109-mikuni'],
   d:'合併前の町ごとに設置されていた「支部社協委員会」を第2層の協議体として活用。各地区の高齢者の課題について解決策を考え、住民相互の助け合い活動が広がった。'},
  {n:'丸岡支部社協委員会', k:'CONSULTATIVE_BODY', tier:2, g:false, fo:'2017-04-01', cov:['182109-maruoka'],
   d:'支部社協委員会を第2層の協議体として活用。'},
  {n:'春江支部社協委員会', k:'CONSULTATIVE_BODY', tier:2, g:false, fo:'2017-04-01', cov:['182109-harue'],
   d:'支部社協委員会を第2層の協議体として活用。'},
  {n:'坂井支部社協委員会', k:'CONSULTATIVE_BODY', tier:2, g:false, fo:'2017-04-01', cov:['182109-sakai'],
   d:'支部社協委員会を第2層の協議体として活用。'},
  {n:'坂井市 地域福祉計画・地域福祉活動計画 策定委員会', k:'SUBCOMMITTEE', g:true, fo:'2020-04-01', cov:['182109'],
   d:'第3次地域福祉活動計画「かたいけのプラン」を地域福祉計画と初めて一体的に策定（令和3年度）。教育委員会やハローワーク職員等が策定委員に加わり「まちづくり」の視点が増えた（委員会名はデモ用）。'},
  // ── 大阪狭山市（大阪府） — seed 002 4. 実施例 事例5 ──
  {n:'大阪狭山市施設連絡会', k:'LIAISON_COUNCIL', g:false, fo:null, cov:['272311'],
   d:'市内の福祉施設の連絡会。社会貢献事業として福祉施設の業務から切り分けを行い、参加支援の受け入れ先となる。'},
  // ── 松江市（島根県） — seed 002 4. 実施例 事例6 ──
  {n:'松江市セーフティネット会議', k:'MEETING', g:false, fo:null, cov:['322016'],
   d:'あらゆる地域生活課題に対応するため、福祉、医療、住宅、司法、教育など多機関が参加して設立。下部組織として権利擁護部会と生活困窮部会を置く。'},
  {n:'松江市セーフティネット会議 権利擁護部会', k:'SUBCOMMITTEE', g:false, fo:null, cov:['322016'],
   d:'セーフティネット会議の下部組織。権利擁護支援。'},
  {n:'松江市セーフティネット会議 生活困窮部会', k:'SUBCOMMITTEE', g:false, fo:null, cov:['322016'],
   d:'セーフティネット会議の下部組織。生活困窮者支援。'},
  {n:'松江市重層的支援会議', k:'MEETING', g:false, fo:'2021-04-01', cov:['322016'],
   d:'事業の検討を行う会議。市の福祉総務課と市社協が共同事務局を担い、解決困難な事例について再整理等を行う。会議にあげられたケースをさまざまな関係者がともに考え進行管理される仕組み（設置日はデモ用の推定）。'},
  // ── 日向市（宮崎県） — seed 002 4. 実施例 事例7 ──
  {n:'日向市社会福祉施設等連絡会', k:'LIAISON_COUNCIL', g:false, fo:null, cov:['452068'],
   d:'市内社会福祉法人等の66団体で組織した連絡会。市社協は、おせっ会やがむしゃら応援団という人財やこの連絡会、地域全体と協働しながら地域生活課題の解決につなげる取り組みを進める。'},
  {n:'地域福祉コーディネーター連絡会（おせっ会）', k:'LIAISON_COUNCIL', g:false, fo:'2013-11-01', cov:['452068'],
   d:'宮崎県社協の地域福祉コーディネーター養成講座の市内修了生を日向市社協が平成25年11月に組織化。地域福祉サポーター養成講座や地域福祉活動企画コンテストを開催。'},
  {n:'地域福祉サポーター連絡会（がむしゃら応援団）', k:'LIAISON_COUNCIL', g:false, fo:'2014-04-01', cov:['452068'],
   d:'おせっ会が開催した地域福祉サポーター養成講座の修了生に声をかけ、平成26年に結成。'}
] AS r
CREATE (net:Network {id: randomUUID(), name: r.n, networkKind: r.k, tier: r.tier, description: r.d, foundedOn: date(r.fo),
  status: coalesce(r.st, 'ACTIVE'), generated: r.g, archived: false, createdAt: datetime(), updatedAt: datetime()})
WITH net, r
UNWIND r.cov AS c
MATCH (a:Area {code: c})
CREATE (net)-[:COVERS]->(a);

UNWIND [
  ['全社協 地域福祉推進委員会 企画小委員会', '全社協 地域福祉推進委員会'],
  ['うきは市社会福祉法人連絡協議会 代表者会', 'うきは市社会福祉法人連絡協議会'],
  ['うきは市社会福祉法人連絡協議会 社会貢献プロジェクト委員会', 'うきは市社会福祉法人連絡協議会'],
  ['鳩山町重層的支援会議 個別ケース会議', '鳩山町重層的支援会議'],
  ['鳩山町重層的支援会議 全体会議', '鳩山町重層的支援会議'],
  ['松江市セーフティネット会議 権利擁護部会', '松江市セーフティネット会議'],
  ['松江市セーフティネット会議 生活困窮部会', '松江市セーフティネット会議']
] AS x
MATCH (s:Network {name: x[0]}), (p:Network {name: x[1]})
CREATE (s)-[:SUBCOMMITTEE_OF]->(p);

// ---------------------------------------------------------------------
// 6. People. All names are generated (generated = true), no real person appears.
//    Staff roles from the seeds: ほっとかへんネットワーカー (001), 丸ごと相談員 (002 事例1),
//    相談支援包括化推進員 (002 事例3, 5), 生活支援コーディネーター / CSW (002 事例2, 4, 6, 7, 004 稲城市).
//    民生委員・児童委員 are assigned to districts and belong to their 民児協 (一斉改選 12月1日).
// ---------------------------------------------------------------------
UNWIND [
  // 兵庫県
  ['佐藤 美咲', '兵庫県社会福祉協議会', 'OTHER', '2023-04-01'],
  ['高橋 健一', '小野市社会福祉協議会', 'HOTTOKAHEN_NETWORKER', '2023-04-01'],
  ['田中 由紀', '小野市社会福祉協議会', 'LIFE_SUPPORT_COORDINATOR', '2017-04-01'],
  ['渡辺 翔太', '小野市社会福祉協議会', 'COMMUNITY_SOCIAL_WORKER', '2019-04-01'],
  ['伊藤 真理', '社会福祉法人きすみ野福祉会', 'OTHER', '2018-06-01'],
  ['山本 大輔', '宝塚市社会福祉協議会', 'HOTTOKAHEN_NETWORKER', '2023-04-01'],
  ['中村 彩', '宝塚市社会福祉協議会', 'COMMUNITY_SOCIAL_WORKER', '2020-04-01'],
  ['小林 直樹', '太子町社会福祉協議会', 'HOTTOKAHEN_NETWORKER', '2023-04-01'],
  ['加藤 恵', '太子町社会福祉協議会', 'CONSULTATION_SUPPORT_WORKER', '2020-04-01'],
  // うきは市: 社会貢献プロジェクト委員会 members are staff chosen by each corporation
  ['吉田 拓也', 'うきは市社会福祉協議会', 'LIFE_SUPPORT_COORDINATOR', '2016-04-01'],
  ['山田 千尋', '社会福祉法人耳納福祉会', 'OTHER', '2014-04-01'],
  ['佐々木 亮', '社会福祉法人白壁会', 'OTHER', '2015-04-01'],
  ['山口 明美', '社会福祉法人筑後川福祉会', 'OTHER', '2016-04-01'],
  ['松本 悠斗', '社会福祉法人流川会', 'OTHER', '2018-04-01'],
  ['井上 裕子', '社会福祉法人うきは光会', 'OTHER', '2016-04-01'],
  // 鶴田町, さぬき市, 吹田市, 稲城市
  ['木村 誠', '鶴田町社会福祉協議会', 'COMMUNITY_SOCIAL_WORKER', '2021-03-01'],
  ['林 早苗', 'さぬき市社会福祉協議会', 'COMMUNITY_SOCIAL_WORKER', '2019-04-01'],
  ['清水 和也', '吹田市社会福祉協議会', 'COMMUNITY_SOCIAL_WORKER', '2015-04-01'],
  ['山崎 智子', '特別養護老人ホーム千里荘', 'OTHER', '2015-04-01'],
  ['森 康介', '稲城市社会福祉協議会', 'COMMUNITY_SOCIAL_WORKER', '2016-02-01'],
  // 遠野市: 丸ごと相談員 at the 地区センター
  ['池田 麻衣', '遠野市社会福祉協議会', 'GENERAL_CONSULTANT', '2017-04-01'],
  ['橋本 圭', '遠野市社会福祉協議会', 'GENERAL_CONSULTANT', '2018-04-01'],
  ['阿部 奈々', '遠野市社会福祉協議会', 'GENERAL_CONSULTANT', '2019-04-01'],
  // 古河市, 鳩山町
  ['石川 浩二', '古河市社会福祉協議会', 'LIFE_SUPPORT_COORDINATOR', '2016-04-01'],
  ['山下 春香', '鳩山町社会福祉協議会', 'INCLUSIVE_SUPPORT_PROMOTER', '2021-04-01'],
  ['中島 修', '鳩山町社会福祉協議会', 'INCLUSIVE_SUPPORT_PROMOTER', '2021-04-01'],
  ['石井 舞', '鳩山町社会福祉協議会', 'OTHER', '2019-04-01'],
  // 坂井市: 第1層の生活支援コーディネーター, 2層圏域の CSW（8名のうち4名）, 参加支援コーディネーター
  ['小川 聡', '坂井市社会福祉協議会', 'LIFE_SUPPORT_COORDINATOR', '2017-04-01'],
  ['前田 里美', '坂井市社会福祉協議会', 'COMMUNITY_SOCIAL_WORKER', '2021-04-01'],
  ['岡田 剛', '坂井市社会福祉協議会', 'COMMUNITY_SOCIAL_WORKER', '2021-04-01'],
  ['長谷川 瞳', '坂井市社会福祉協議会', 'COMMUNITY_SOCIAL_WORKER', '2021-04-01'],
  ['藤田 純一', '坂井市社会福祉協議会', 'COMMUNITY_SOCIAL_WORKER', '2021-04-01'],
  ['後藤 加奈', '坂井市社会福祉協議会', 'OTHER', '2021-04-01'],
  // 大阪狭山市
  ['近藤 雅人', '大阪狭山市社会福祉協議会', 'INCLUSIVE_SUPPORT_PROMOTER', '2019-11-01'],
  ['村上 紀子', '大阪狭山市生活サポートセンター', 'CHIEF_CONSULTATION_SUPPORT_WORKER', '2015-04-01'],
  ['遠藤 俊介', '大阪狭山市生活サポートセンター', 'CONSULTATION_SUPPORT_WORKER', '2020-04-01'],
  // 松江市: CSW at the 地域福祉ステーション (employed by the 市社協)
  ['青木 綾香', '松江市社会福祉協議会', 'COMMUNITY_SOCIAL_WORKER', '2019-04-01'],
  ['坂本 正樹', '松江市社会福祉協議会', 'COMMUNITY_SOCIAL_WORKER', '2019-04-01'],
  ['斉藤 陽子', '松江市生活困窮者自立相談支援センター', 'CHIEF_CONSULTATION_SUPPORT_WORKER', '2018-04-01'],
  // 日向市: CSW of the 市社協 and facility staff, all graduates of the 県社協 course (おせっ会)
  ['福田 隆', '日向市社会福祉協議会', 'COMMUNITY_SOCIAL_WORKER', '2013-04-01'],
  ['太田 絵美', '日向市社会福祉協議会', 'COMMUNITY_SOCIAL_WORKER', '2016-04-01'],
  ['西村 信也', '特別養護老人ホーム細島荘', 'OTHER', '2012-04-01'],
  ['藤井 沙織', '財光寺保育園', 'OTHER', '2014-04-01']
] AS x
MATCH (o:Organization {name: x[1]})
CREATE (p:Person:StaffMember {id: randomUUID(), name: x[0], generated: true, archived: false, createdAt: datetime(), updatedAt: datetime()})
CREATE (p)-[:WORKS_FOR {role: x[2], since: date(x[3])}]->(o);

UNWIND [
  ['工藤 幸子', false, '023841-tsuruta', '鶴田町民生委員児童委員協議会', '2016-12-01'],
  ['成田 勝', true, '023841-tsuruta', '鶴田町民生委員児童委員協議会', '2019-12-01'],
  ['三上 節子', false, '023841-rokugo', '鶴田町民生委員児童委員協議会', '2019-12-01'],
  ['葛西 一郎', false, '023841-rokugo', '鶴田町民生委員児童委員協議会', '2022-12-01'],
  ['對馬 和子', true, '023841-mizumoto', '鶴田町民生委員児童委員協議会', '2022-12-01'],
  ['相馬 清', false, '023841-mizumoto', '鶴田町民生委員児童委員協議会', '2019-12-01'],
  ['鳴海 久美子', false, '023841-umezawa', '鶴田町民生委員児童委員協議会', '2016-12-01'],
  ['外崎 恒夫', false, '023841-umezawa', '鶴田町民生委員児童委員協議会', '2025-12-01'],
  ['藤原 京子', false, '282189-kisumi', '小野市民生委員児童委員協議会', '2019-12-01'],
  ['大西 秀樹', true, '282189-kisumi', '小野市民生委員児童委員協議会', '2022-12-01'],
  ['岸本 弘', false, '282189-kawai', '小野市民生委員児童委員協議会', '2019-12-01'],
  ['前川 典子', false, '282189-ichiba', '小野市民生委員児童委員協議会', '2022-12-01'],
  ['三木 栄子', false, '284645-ikaruga', '太子町民生委員児童委員協議会', '2016-12-01'],
  ['赤松 浩', true, '284645-ikaruga', '太子町民生委員児童委員協議会', '2022-12-01'],
  ['小西 洋子', false, '284645-ota', '太子町民生委員児童委員協議会', '2019-12-01'],
  ['大谷 勝也', false, '284645-sekkai', '太子町民生委員児童委員協議会', '2025-12-01'],
  ['菊池 トシ子', false, '032085-ayaori', '遠野市民生委員児童委員協議会', '2016-12-01'],
  ['佐々木 義男', false, '032085-tsuchibuchi', '遠野市民生委員児童委員協議会', '2019-12-01'],
  ['千葉 ミツ', true, '032085-miyamori', '遠野市民生委員児童委員協議会', '2022-12-01'],
  ['真鍋 澄子', false, '372064-shido', 'さぬき市民生委員児童委員協議会', '2019-12-01'],
  ['大山 武', false, '372064-nagao', 'さぬき市民生委員児童委員協議会', '2022-12-01'],
  ['多田 良子', true, '372064-tsuda', 'さぬき市民生委員児童委員協議会', '2019-12-01'],
  ['北村 正子', false, '272051-senriyama', '吹田市民生委員児童委員協議会', '2019-12-01'],
  ['上田 茂', false, '272051-yamada', '吹田市民生委員児童委員協議会', '2022-12-01'],
  ['辻 恵美子', false, '272051-kishibe', '吹田市民生委員児童委員協議会', '2022-12-01'],
  ['錦織 修', false, '322016-johoku', '松江市民生委員児童委員協議会', '2019-12-01'],
  ['安部 文子', true, '322016-saika', '松江市民生委員児童委員協議会', '2022-12-01']
] AS x
MATCH (d:District {code: x[2]}), (o:Organization {name: x[3]})
CREATE (p:Person:CommissionedVolunteer {id: randomUUID(), name: x[0], chiefChildCommissioner: x[1], generated: true,
  archived: false, createdAt: datetime(), updatedAt: datetime()})
CREATE (p)-[:ASSIGNED_TO {since: date(x[4])}]->(d)
CREATE (p)-[:BELONGS_TO {since: date(x[4])}]->(o);

// ---------------------------------------------------------------------
// 7. Membership (MEMBER_OF). Roles: SECRETARIAT / STEERING / CHAIR only where a seed says so
//    (ほっとかへんネットおの: 小野市社協が事務局, 松江市重層的支援会議: 福祉総務課と市社協の共同事務局,
//    暮らしのよりどころ相談所: 社協が「主な調整役」, recorded as SECRETARIAT, 兵庫県社協 holds its own meetings),
//    MEMBER otherwise. Since-dates are founding dates from the seeds where given, else plausible.
// ---------------------------------------------------------------------
UNWIND [
  // ── 全国: the committee is made up of the national and prefectural councils (roles not given in the seeds: MEMBER) ──
  ['全国社会福祉協議会', '全社協 地域福祉推進委員会', 'MEMBER', '2015-05-01'],
  ['青森県社会福祉協議会', '全社協 地域福祉推進委員会', 'MEMBER', '2015-05-01'],
  ['岩手県社会福祉協議会', '全社協 地域福祉推進委員会', 'MEMBER', '2015-05-01'],
  ['茨城県社会福祉協議会', '全社協 地域福祉推進委員会', 'MEMBER', '2015-05-01'],
  ['埼玉県社会福祉協議会', '全社協 地域福祉推進委員会', 'MEMBER', '2015-05-01'],
  ['東京都社会福祉協議会', '全社協 地域福祉推進委員会', 'MEMBER', '2015-05-01'],
  ['福井県社会福祉協議会', '全社協 地域福祉推進委員会', 'MEMBER', '2015-05-01'],
  ['大阪府社会福祉協議会', '全社協 地域福祉推進委員会', 'MEMBER', '2015-05-01'],
  ['兵庫県社会福祉協議会', '全社協 地域福祉推進委員会', 'MEMBER', '2015-05-01'],
  ['島根県社会福祉協議会', '全社協 地域福祉推進委員会', 'MEMBER', '2015-05-01'],
  ['香川県社会福祉協議会', '全社協 地域福祉推進委員会', 'MEMBER', '2015-05-01'],
  ['福岡県社会福祉協議会', '全社協 地域福祉推進委員会', 'MEMBER', '2015-05-01'],
  ['宮崎県社会福祉協議会', '全社協 地域福祉推進委員会', 'MEMBER', '2015-05-01'],
  ['全国社会福祉協議会', '全社協 地域福祉推進委員会 企画小委員会', 'MEMBER', '2020-04-01'],
  ['兵庫県社会福祉協議会', '全社協 地域福祉推進委員会 企画小委員会', 'MEMBER', '2020-04-01'],
  ['大阪府社会福祉協議会', '全社協 地域福祉推進委員会 企画小委員会', 'MEMBER', '2020-04-01'],
  ['宮崎県社会福祉協議会', '全社協 地域福祉推進委員会 企画小委員会', 'MEMBER', '2020-04-01'],
  // ── 兵庫県（県域）: 兵庫県社協・ほっとかへんネット — seed 000 第8次経営・活動計画 重点的取組①, seed 001 ミニ特集 ──
  // ほっとかへんネット is the network of the corporations and facilities (their rows below), no 社協 is a member.
  // The 連絡会議（仮称） is a plan of the R5-R9 計画: no members.
  ['兵庫県社会福祉協議会', '兵庫県社協 市町村社協地域福祉推進委員会', 'SECRETARIAT', '2023-04-01'],
  ['小野市社会福祉協議会', '兵庫県社協 市町村社協地域福祉推進委員会', 'MEMBER', '2023-04-01'],
  ['宝塚市社会福祉協議会', '兵庫県社協 市町村社協地域福祉推進委員会', 'MEMBER', '2023-04-01'],
  ['太子町社会福祉協議会', '兵庫県社協 市町村社協地域福祉推進委員会', 'MEMBER', '2023-04-01'],
  // ── 小野市（兵庫県） — seed 004 推進方策① 実践事例: 小野市社協 ──
  ['小野市社会福祉協議会', 'ほっとかへんネットおの', 'SECRETARIAT', '2017-06-01'],
  ['小野市社会福祉協議会', '来住地区よりそい協議会', 'MEMBER', '2017-10-01'],
  ['社会福祉法人きすみ野福祉会', '来住地区よりそい協議会', 'MEMBER', '2017-10-01'],
  ['社会福祉法人おの福祉会', '来住地区よりそい協議会', 'MEMBER', '2017-10-01'],
  ['来住地区自治会連絡会', '来住地区よりそい協議会', 'MEMBER', '2017-10-01'],
  ['来住地区住民ボランティアの会', '来住地区よりそい協議会', 'MEMBER', '2018-04-01'],
  ['小野市民生委員児童委員協議会', '来住地区よりそい協議会', 'MEMBER', '2017-10-01'],
  // ── 宝塚市（兵庫県） — seed 001 ミニ特集 事例① 宝塚市社協 ──
  ['宝塚市社会福祉協議会', 'ほっとかへんネット宝塚（宝塚市社会福祉法人連絡協議会）', 'MEMBER', '2016-04-01'],
  // companies are partners of 社協 apart from the network (「ほっとかへんネットや民間企業等の多機関」), not members
  // ── 太子町（兵庫県揖保郡） — seed 001 ミニ特集 事例② 太子町社協 ──
  // ほっとかへんネット太子 is only called for (呼びかけ): no members yet
  // ── うきは市（福岡県） — seed 004 推進方策① 実践事例: うきは市社協 ──
  ['うきは市社会福祉協議会', 'うきは市社会福祉法人連絡協議会', 'MEMBER', '2014-04-01'],
  ['うきは市社会福祉協議会', 'うきは市 第1層協議体（生活支援体制整備事業）', 'MEMBER', '2016-04-01'],
  ['社会福祉法人耳納福祉会', 'うきは市 第1層協議体（生活支援体制整備事業）', 'MEMBER', '2016-04-01'],
  ['社会福祉法人白壁会', 'うきは市 第1層協議体（生活支援体制整備事業）', 'MEMBER', '2016-04-01'],
  ['社会福祉法人耳納福祉会', 'うきは市 第2層協議体（吉井地区）', 'MEMBER', '2017-04-01'],
  ['社会福祉法人白壁会', 'うきは市 第2層協議体（吉井地区）', 'MEMBER', '2017-04-01'],
  ['社会福祉法人筑後川福祉会', 'うきは市 第2層協議体（浮羽地区）', 'MEMBER', '2017-04-01'],
  ['社会福祉法人山春会', 'うきは市 第2層協議体（浮羽地区）', 'MEMBER', '2017-04-01'],
  ['うきは駅前ボランティアの会', 'うきは市 第2層協議体（吉井地区）', 'MEMBER', '2018-04-01'],
  // ── 鶴田町（青森県） — seed 004 推進方策② 実践事例: 鶴田町社協 ──
  // 社協 is 主な調整役 (main coordinator) of the scheme: recorded as SECRETARIAT
  ['鶴田町社会福祉協議会', 'つなぐ!!つながる!!暮らしのよりどころ相談所', 'SECRETARIAT', '2021-03-01'],
  ['鶴田町民生委員児童委員協議会', 'つなぐ!!つながる!!暮らしのよりどころ相談所', 'MEMBER', '2021-03-01'],
  // ── さぬき市（香川県） — seed 004 推進方策② 実践事例: さぬき市社協 ──
  ['香川県社会福祉協議会', '香川おもいやりネットワーク事業', 'MEMBER', '2019-04-01'],
  ['さぬき市社会福祉協議会', '香川おもいやりネットワーク事業', 'MEMBER', '2019-04-01'],
  ['さぬき市社会福祉協議会', 'さぬき市 地域ネットワーク会議（香川おもいやりネットワーク）', 'MEMBER', '2019-04-01'],
  ['さぬき市民生委員児童委員協議会', '香川おもいやりネットワーク事業', 'MEMBER', '2019-04-01'],
  ['さぬき市民生委員児童委員協議会', 'さぬき市 地域ネットワーク会議（香川おもいやりネットワーク）', 'MEMBER', '2019-04-01'],
  // ── 吹田市（大阪府） — seed 004 推進方策③ 実践事例: 吹田市社協 ──
  ['吹田市社会福祉協議会', '吹田市施設連絡会', 'MEMBER', '2005-04-01'],
  // ── 稲城市（東京都） — seed 004 推進方策③ 実践事例: 稲城市社協 ──
  ['稲城市社会福祉協議会', '稲城市社会福祉法人連絡協議会', 'MEMBER', '2018-04-01'],
  // ── 古河市（茨城県） — seed 002 4. 実施例 事例2 ──
  ['古河市社会福祉協議会', '古河市 生活支援体制整備事業 協議体', 'MEMBER', '2016-04-01'],
  ['古河市役所', '古河市 生活支援体制整備事業 協議体', 'MEMBER', '2016-04-01'],
  ['ももちゃんお助け隊', '古河市 生活支援体制整備事業 協議体', 'MEMBER', '2020-04-01'],
  ['中田ふれあいサロン', '古河市 生活支援体制整備事業 協議体', 'MEMBER', '2017-04-01'],
  ['諸川ふれあいサロン', '古河市 生活支援体制整備事業 協議体', 'MEMBER', '2017-04-01'],
  // ── 鳩山町（埼玉県） — seed 002 4. 実施例 事例3 ──
  ['鳩山町社会福祉協議会', '鳩山町地域見守り支援ネットワーク（見守りはとネット）', 'MEMBER', '2016-04-01'],
  ['鳩山町役場', '鳩山町地域見守り支援ネットワーク（見守りはとネット）', 'MEMBER', '2016-04-01'],
  ['ふくしプラザ ボランティアの会', '鳩山町地域見守り支援ネットワーク（見守りはとネット）', 'MEMBER', '2018-04-01'],
  ['鳩山町社会福祉協議会', '鳩山町重層的支援会議', 'MEMBER', '2021-04-01'],
  ['鳩山町役場', '鳩山町重層的支援会議', 'MEMBER', '2021-04-01'],
  ['鳩山町社会福祉協議会', '鳩山町重層的支援会議 個別ケース会議', 'MEMBER', '2021-04-01'],
  ['鳩山町役場', '鳩山町重層的支援会議 個別ケース会議', 'MEMBER', '2021-04-01'],
  ['鳩山町社会福祉協議会', '鳩山町重層的支援会議 全体会議', 'MEMBER', '2021-04-01'],
  ['鳩山町役場', '鳩山町重層的支援会議 全体会議', 'MEMBER', '2021-04-01'],
  ['鳩山町役場 水道課', '鳩山町重層的支援会議 全体会議', 'MEMBER', '2021-04-01'],
  ['鳩山町役場 町民課', '鳩山町重層的支援会議 全体会議', 'MEMBER', '2021-04-01'],
  // ── 坂井市（福井県） — seed 002 4. 実施例 事例4 ──
  ['坂井市社会福祉協議会', '坂井市 第1層協議体', 'MEMBER', '2017-04-01'],
  ['坂井市社会福祉協議会', '三国支部社協委員会', 'MEMBER', '2017-04-01'],
  ['坂井市社会福祉協議会', '丸岡支部社協委員会', 'MEMBER', '2017-04-01'],
  ['坂井市社会福祉協議会', '春江支部社協委員会', 'MEMBER', '2017-04-01'],
  ['坂井市社会福祉協議会', '坂井支部社協委員会', 'MEMBER', '2017-04-01'],
  ['雄島地区ふくしの会', '三国支部社協委員会', 'MEMBER', '2017-04-01'],
  ['高椋地区ふくしの会', '丸岡支部社協委員会', 'MEMBER', '2017-04-01'],
  ['春江まちづくり協議会 福祉部会', '春江支部社協委員会', 'MEMBER', '2017-04-01'],
  ['坂井町まちづくり協議会', '坂井支部社協委員会', 'MEMBER', '2017-04-01'],
  ['坂井市社会福祉協議会', '坂井市 地域福祉計画・地域福祉活動計画 策定委員会', 'MEMBER', '2020-04-01'],
  ['坂井市教育委員会', '坂井市 地域福祉計画・地域福祉活動計画 策定委員会', 'MEMBER', '2020-04-01'],
  ['ハローワーク三国', '坂井市 地域福祉計画・地域福祉活動計画 策定委員会', 'MEMBER', '2020-04-01'],
  // ── 大阪狭山市（大阪府） — seed 002 4. 実施例 事例5 ──
  ['大阪狭山市社会福祉協議会', '大阪狭山市施設連絡会', 'MEMBER', '2015-04-01'],
  // ── 松江市（島根県） — seed 002 4. 実施例 事例6 ──
  ['松江市社会福祉協議会', '松江市セーフティネット会議', 'MEMBER', '2018-04-01'],
  ['松江市 福祉総務課', '松江市セーフティネット会議', 'MEMBER', '2018-04-01'],
  ['松江しんじ湖総合病院', '松江市セーフティネット会議', 'MEMBER', '2018-04-01'],
  ['松江市 住宅政策課', '松江市セーフティネット会議', 'MEMBER', '2018-04-01'],
  ['法テラス島根', '松江市セーフティネット会議', 'MEMBER', '2018-04-01'],
  ['松江市教育委員会', '松江市セーフティネット会議', 'MEMBER', '2018-04-01'],
  ['松江市地域包括支援センター 中央', '松江市セーフティネット会議', 'MEMBER', '2019-04-01'],
  ['松江市生活困窮者自立相談支援センター', '松江市セーフティネット会議', 'MEMBER', '2018-04-01'],
  ['松江市社会福祉協議会', '松江市セーフティネット会議 権利擁護部会', 'MEMBER', '2018-04-01'],
  ['法テラス島根', '松江市セーフティネット会議 権利擁護部会', 'MEMBER', '2018-04-01'],
  ['松江市地域包括支援センター 中央', '松江市セーフティネット会議 権利擁護部会', 'MEMBER', '2019-04-01'],
  ['松江市民生委員児童委員協議会', '松江市セーフティネット会議 権利擁護部会', 'MEMBER', '2018-04-01'],
  ['松江市社会福祉協議会', '松江市セーフティネット会議 生活困窮部会', 'MEMBER', '2018-04-01'],
  ['松江市生活困窮者自立相談支援センター', '松江市セーフティネット会議 生活困窮部会', 'MEMBER', '2018-04-01'],
  ['松江市 住宅政策課', '松江市セーフティネット会議 生活困窮部会', 'MEMBER', '2018-04-01'],
  ['松江しんじ湖総合病院', '松江市セーフティネット会議 生活困窮部会', 'MEMBER', '2018-04-01'],
  ['松江市 福祉総務課', '松江市重層的支援会議', 'SECRETARIAT', '2021-04-01'],
  ['松江市社会福祉協議会', '松江市重層的支援会議', 'SECRETARIAT', '2021-04-01'],
  ['松江市地域包括支援センター 中央', '松江市重層的支援会議', 'MEMBER', '2021-04-01'],
  ['松江市生活困窮者自立相談支援センター', '松江市重層的支援会議', 'MEMBER', '2021-04-01'],
  ['松江市教育委員会', '松江市重層的支援会議', 'MEMBER', '2021-04-01'],
  // ── 日向市（宮崎県） — seed 002 4. 実施例 事例7 ──
  ['日向市社会福祉協議会', '地域福祉コーディネーター連絡会（おせっ会）', 'MEMBER', '2013-11-01'],
  ['日向市社会福祉協議会', '地域福祉サポーター連絡会（がむしゃら応援団）', 'MEMBER', '2014-04-01'],
  ['NPO法人細島みなと見守り隊', '地域福祉サポーター連絡会（がむしゃら応援団）', 'MEMBER', '2015-04-01'],
  ['NPO法人日知屋コミュニティカフェ', '地域福祉サポーター連絡会（がむしゃら応援団）', 'MEMBER', '2016-04-01'],
  // ── extra rows that the generated-set statement below does not cover ──
  ['日向市社会福祉協議会', '日向市社会福祉施設等連絡会', 'MEMBER', '2016-04-01'],
  // ── people in networks: うきは 社会貢献プロジェクト委員会, 日向 おせっ会, 小野 来住地区よりそい協議会, 鶴田 よりどころ相談所, 鳩山 個別ケース会議 ──
  ['山田 千尋', 'うきは市社会福祉法人連絡協議会 社会貢献プロジェクト委員会', 'MEMBER', '2016-04-01'],
  ['佐々木 亮', 'うきは市社会福祉法人連絡協議会 社会貢献プロジェクト委員会', 'MEMBER', '2016-04-01'],
  ['山口 明美', 'うきは市社会福祉法人連絡協議会 社会貢献プロジェクト委員会', 'MEMBER', '2016-04-01'],
  ['松本 悠斗', 'うきは市社会福祉法人連絡協議会 社会貢献プロジェクト委員会', 'MEMBER', '2018-04-01'],
  ['井上 裕子', 'うきは市社会福祉法人連絡協議会 社会貢献プロジェクト委員会', 'MEMBER', '2016-04-01'],
  ['吉田 拓也', 'うきは市 第1層協議体（生活支援体制整備事業）', 'MEMBER', '2016-04-01'],
  ['福田 隆', '地域福祉コーディネーター連絡会（おせっ会）', 'MEMBER', '2013-11-01'],
  ['太田 絵美', '地域福祉コーディネーター連絡会（おせっ会）', 'MEMBER', '2016-04-01'],
  ['西村 信也', '地域福祉コーディネーター連絡会（おせっ会）', 'MEMBER', '2013-11-01'],
  ['藤井 沙織', '地域福祉コーディネーター連絡会（おせっ会）', 'MEMBER', '2015-04-01'],
  ['田中 由紀', '来住地区よりそい協議会', 'MEMBER', '2017-10-01'],
  ['藤原 京子', '来住地区よりそい協議会', 'MEMBER', '2018-04-01'],
  ['工藤 幸子', 'つなぐ!!つながる!!暮らしのよりどころ相談所', 'MEMBER', '2021-03-01'],
  ['三上 節子', 'つなぐ!!つながる!!暮らしのよりどころ相談所', 'MEMBER', '2021-03-01'],
  ['山下 春香', '鳩山町重層的支援会議 個別ケース会議', 'MEMBER', '2021-04-01'],
  ['中島 修', '鳩山町重層的支援会議 個別ケース会議', 'MEMBER', '2021-04-01'],
  ['高橋 健一', 'ほっとかへんネットおの', 'MEMBER', '2023-04-01'],
  ['小川 聡', '坂井市 第1層協議体', 'MEMBER', '2017-04-01'],
  ['石川 浩二', '古河市 生活支援体制整備事業 協議体', 'MEMBER', '2016-04-01']
] AS x
MATCH (o) WHERE (o:Organization OR o:Person) AND o.name = x[0]
MATCH (n:Network {name: x[1]})
CREATE (o)-[:MEMBER_OF {role: x[2], since: date(x[3])}]->(n);

// Whole sets of organisations the seeds only count: [network, municipality, kinds, since]
UNWIND [
  ['ほっとかへんネットおの', '282189', ['SOCIAL_WELFARE_CORPORATION'], '2017-06-01'],
  ['ほっとかへんネット宝塚（宝塚市社会福祉法人連絡協議会）', '282146', ['SOCIAL_WELFARE_CORPORATION'], '2016-04-01'],
  ['ほっとかへんネット', '282189', ['SOCIAL_WELFARE_CORPORATION'], null],
  ['ほっとかへんネット', '282146', ['SOCIAL_WELFARE_CORPORATION'], null],
  ['うきは市社会福祉法人連絡協議会', '402257', ['SOCIAL_WELFARE_CORPORATION'], '2014-04-01'],
  ['うきは市社会福祉法人連絡協議会 代表者会', '402257', ['SOCIAL_WELFARE_CORPORATION'], '2014-04-01'],
  ['つなぐ!!つながる!!暮らしのよりどころ相談所', '023841', ['SOCIAL_WELFARE_CORPORATION'], '2021-03-01'],
  ['香川おもいやりネットワーク事業', '372064', ['SOCIAL_WELFARE_CORPORATION'], '2019-04-01'],
  ['さぬき市 地域ネットワーク会議（香川おもいやりネットワーク）', '372064', ['SOCIAL_WELFARE_CORPORATION', 'FACILITY'], '2019-04-01'],
  ['稲城市社会福祉法人連絡協議会', '132250', ['SOCIAL_WELFARE_CORPORATION'], '2018-04-01'],
  ['大阪狭山市施設連絡会', '272311', ['FACILITY'], '2015-04-01'],
  ['日向市社会福祉施設等連絡会', '452068', ['SOCIAL_WELFARE_CORPORATION', 'NPO', 'COMPANY'], '2016-04-01']
] AS x
MATCH (n:Network {name: x[0]})
MATCH (o:Organization)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..1]->(:Municipality {code: x[1]})
WHERE o.kind IN x[2]
CREATE (o)-[:MEMBER_OF {role: 'MEMBER', since: date(x[3])}]->(n);

// 吹田市施設連絡会: every facility of the 22 corporations, the NPOs and the companies (101), joining years spread 2005-2022
MATCH (n:Network {name: '吹田市施設連絡会'})
MATCH (o:Organization)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..1]->(:Municipality {code: '272051'})
WHERE o:Facility OR o:Npo OR o:Company
WITH n, o ORDER BY o.name
WITH n, collect(o) AS os
UNWIND range(0, size(os) - 1) AS i
WITH n, os[i] AS o, i
CREATE (o)-[:MEMBER_OF {role: 'MEMBER',
  since: CASE WHEN o:Facility AND i % 3 = 0 THEN date('2005-04-01') ELSE date('2005-04-01') + duration({months: 6 + (i * 7) % 200}) END}]->(n);

// ---------------------------------------------------------------------
// 8. Activities (事業・活動), run by several organisations and networks (RUNS LEAD / PARTNER), held in areas
// ---------------------------------------------------------------------
UNWIND [
  // ── 全国 — seed 004 共同宣言, 推進方策 II-2② ──
  {n:'ともに生きる豊かな地域社会の実現に向けた共同宣言', k:'OTHER', s:'2020-07-31', g:false,
   at:['020001','030007','080004','110001','130001','180009','270008','280003','320005','370002','400009','450006'],
   d:'社協と社会福祉法人のさらなる連携・協働へ。①都道府県・指定都市圏域、市区町村圏域での「連携・協働の場」の活性化 ②地域生活課題の発見と情報共有 ③包括的・重層的な支援体制づくりの主導、の3つの柱。',
   runs:[['全社協 地域福祉推進委員会','LEAD'],['全国社会福祉法人経営者協議会','LEAD'],['全国社会福祉協議会','PARTNER']]},
  {n:'社協・社会福祉法人職員のソーシャルワーク研修プログラム', k:'TRAINING', s:'2020-04-01', g:false,
   at:['020001','030007','080004','110001','130001','180009','270008','280003','320005','370002','400009','450006'],
   d:'共同宣言の具体化に向け、社協職員と社会福祉法人・福祉施設職員がともに学ぶ独自研修。令和2年度モデル研修、令和3年度講師養成研修とテキスト・演習ツール・講師の手引を開発し全国展開。',
   runs:[['全社協 地域福祉推進委員会','LEAD'],['全国社会福祉法人経営者協議会','PARTNER']]},
  // ── 兵庫県（県域）: 兵庫県社協・ほっとかへんネット — seed 000 第8次経営・活動計画 重点的取組①, seed 001 ミニ特集 ──
  {n:'社協における生活困窮者支援体制強化事業', k:'OTHER', s:'2023-04-01', g:false, at:['280003'],
   d:'令和5年度に兵庫県社協が立ち上げた事業。県内社協に担当職員「ほっとかへんネットワーカー」を配置し、県・市町行政、社会福祉法人・施設等と連携して地域のネットワークで生活困窮者支援を強化。基本事業（特例貸付借受世帯などの返済や生活の困りごとの相談・情報提供）と選択事業（生活状況の把握、当事者の多様な参加・活躍の機会と場づくり、支援策の充実・開発）で構成。',
   runs:[['兵庫県社会福祉協議会','LEAD'],['小野市社会福祉協議会','PARTNER'],['宝塚市社会福祉協議会','PARTNER'],['太子町社会福祉協議会','PARTNER'],['ほっとかへんネット','PARTNER']]},
  {n:'貸付を通じた相談支援体制強化推進事業', k:'OTHER', s:'2023-04-01', g:false, at:['280003'],
   d:'第8次経営・活動計画の新規事業。特例貸付借受世帯のスクリーニングで支援を要する世帯を抽出し支援につなげる。市町村社協における包括的な相談支援体制の見える化。',
   runs:[['兵庫県社会福祉協議会','LEAD'],['小野市社会福祉協議会','PARTNER'],['宝塚市社会福祉協議会','PARTNER'],['太子町社会福祉協議会','PARTNER']]},
  {n:'地域福祉実践研修（共通編・基礎編）', k:'TRAINING', s:'2023-04-01', g:false, at:['280003'],
   d:'相談員の資質向上・育成。生活困窮者本人や家族との信頼関係を構築し、ニーズを的確に把握するための研修（R5-R9 毎年度）。',
   runs:[['兵庫県社会福祉協議会','LEAD']]},
  {n:'生活福祉資金担当者研修会', k:'TRAINING', s:'2023-04-01', g:false, at:['280003'],
   d:'県内社協の生活福祉資金担当者の研修会（R5-R9 毎年度）。',
   runs:[['兵庫県社会福祉協議会','LEAD']]},
  {n:'生活困窮者自立支援関係者研修会', k:'TRAINING', s:'2023-04-01', g:false, at:['280003'],
   d:'関係機関との連携・協働に向けた研修会（R5-R9 毎年度）。',
   runs:[['兵庫県社会福祉協議会','LEAD'],['生活困窮者自立支援実施機関・市町村社協連絡会議（仮称）','PARTNER']]},
  {n:'ほっとかへんネットワーカー情報交換会・スキルアップ研修', k:'TRAINING', s:'2023-06-01', g:false, at:['280003'],
   d:'県内社協職員との情報交換の場づくり、相談支援のスキルアップの研修、県内の実践事例の収集・発信（ミニ特集）。',
   runs:[['兵庫県社会福祉協議会','LEAD'],['ほっとかへんネット','PARTNER']]},
  // ── 小野市（兵庫県） — seed 004 推進方策① 実践事例: 小野市社協 ──
  {n:'来住地区 地域の困りごと調査', k:'OTHER', s:'2017-10-01', g:false, at:['282189-kisumi'],
   d:'来住地区よりそい協議会による地域の困りごとについての調査。高齢者の買い物や移動手段のニーズが明らかになった。',
   runs:[['来住地区よりそい協議会','LEAD'],['小野市社会福祉協議会','PARTNER'],['来住地区自治会連絡会','PARTNER']]},
  {n:'買い物バスツアー（来住地区）', k:'SHOPPING_SUPPORT', s:'2018-04-01', g:false, at:['282189-kisumi'],
   d:'調査で明らかになった高齢者の買い物・移動ニーズに応えて試行。振り返り会議で乗降や買い物での介助が必要な住民が多く、自治会役員や民生委員だけでは対応が難しいことが共有され、介護の専門性のある社会福祉法人の職員が付き添うことに。車は社協のマイクロバス、調整役は地域住民のボランティア、民生委員も添乗する住民との協働の取り組み。',
   runs:[['来住地区よりそい協議会','LEAD'],['小野市社会福祉協議会','PARTNER'],['社会福祉法人きすみ野福祉会','PARTNER'],['来住地区住民ボランティアの会','PARTNER'],['小野市民生委員児童委員協議会','PARTNER'],['来住地区自治会連絡会','PARTNER'],['ほっとかへんネットおの','PARTNER']]},
  {n:'買い物バスツアー 振り返り会議', k:'CASE_REVIEW', s:'2018-06-01', g:false, at:['282189-kisumi'],
   d:'試行後の振り返り。乗降・買い物での介助の必要が共有され、法人職員の付き添いが決まった。',
   runs:[['来住地区よりそい協議会','LEAD'],['小野市社会福祉協議会','PARTNER'],['社会福祉法人きすみ野福祉会','PARTNER'],['小野市民生委員児童委員協議会','PARTNER']]},
  // ── 宝塚市（兵庫県） — seed 001 ミニ特集 事例① 宝塚市社協 ──
  {n:'特例貸付借受世帯の生活状況アンケート（宝塚市）', k:'OTHER', s:'2023-04-01', g:false, at:['282146'],
   d:'借受世帯の状況確認アンケート。コロナ禍が3年以上経過した今も安定した収入を得られず家計が改善されないなか、物価高騰が追い打ちをかけ返済が難しい状況が明らかに。支援策の充実・開発の参考とする。',
   runs:[['宝塚市社会福祉協議会','LEAD'],['兵庫県社会福祉協議会','PARTNER']]},
  {n:'スミレン’sワークいろり', k:'PLACE_TO_BELONG', s:'2022-10-01', g:false, at:['282146'],
   d:'生きづらさを抱えた当事者が就労に至るまでの居場所と交流の機会。企業から仕事を受注して作業の機会を確保し、ひきこもりがちな当事者が社会の一員であることを感じられる場に。特例貸付を利用した方の中には、参加を通して自信をつけ一般就労につながった方もいる。市社協が後方支援。',
   runs:[['スミレン’sワークいろり','LEAD'],['宝塚市社会福祉協議会','PARTNER'],['株式会社たからづか紙工','PARTNER'],['株式会社逆瀬川パッケージ','PARTNER']]},
  // ── 太子町（兵庫県揖保郡） — seed 001 ミニ特集 事例② 太子町社協 ──
  {n:'太子町フードバンク', k:'FOOD_BANK', s:'2020-05-01', g:false, at:['284645'],
   d:'コロナウイルスの感染拡大を契機に生活に困っている方からの相談が多く寄せられたことから、町役場、NPO法人、民生委員児童委員協議会と連携して実施。通年で食品や日用品の寄付を募り、必要とする方へ生活用品などを配布。',
   runs:[['太子町社会福祉協議会','LEAD'],['太子町役場','PARTNER'],['NPO法人たいしフードサポート','PARTNER'],['太子町民生委員児童委員協議会','PARTNER']]},
  {n:'ほっとかへんネット 住民向け相談会（太子町）', k:'CONSULTATION_EVENT', s:null, st:'PLANNED', g:false, at:['284645'],
   d:'高齢・障害・保育などの法人が一体となり、各法人の専門性を活かして開く住民向け相談会（令和5年度に計画。開催日は記載なし）。経済的な問題だけでなく就労や子育てなど複合的な相談に対応。',
   runs:[['ほっとかへんネット太子（太子町社会福祉法人連絡協議会）','LEAD'],['太子町社会福祉協議会','PARTNER'],['社会福祉法人いかるが福祉会','PARTNER'],['社会福祉法人太子の里会','PARTNER'],['社会福祉法人揖保川会','PARTNER']]},
  // ── うきは市（福岡県） — seed 004 推進方策① 実践事例: うきは市社協 ──
  {n:'わくわく福祉出前講座', k:'OUTREACH_LECTURE', s:'2015-04-01', g:false, at:['402257'],
   d:'地域からの依頼を受けて、地域福祉の増進を目的に法人職員が講師となって開催する出前講座。',
   runs:[['うきは市社会福祉法人連絡協議会','LEAD'],['社会福祉法人耳納福祉会','PARTNER'],['社会福祉法人筑後川福祉会','PARTNER'],['社会福祉法人流川会','PARTNER'],['うきは市社会福祉協議会','PARTNER']]},
  {n:'障害者の休日の居場所づくり・買い物支援（うきは市）', k:'PLACE_TO_BELONG', s:'2017-04-01', g:false, at:['402257'],
   d:'施設利用者からの「休日に楽しく過ごせる場所が欲しい」との声を受けた障害者の居場所づくりと買い物の支援。',
   runs:[['社会福祉法人白壁会','LEAD'],['社会福祉法人うきは光会','PARTNER'],['うきは市社会福祉法人連絡協議会','PARTNER']]},
  {n:'駅等の清掃活動・花（プランター）の寄贈', k:'OTHER', s:'2016-04-01', g:false, at:['402257'],
   d:'施設職員と利用者、ボランティアが一緒に駅等を清掃し、花（プランター）を寄贈。施設利用者もボランティアとして地域に参加する機会。',
   runs:[['うきは市社会福祉法人連絡協議会','LEAD'],['社会福祉法人白壁会','PARTNER'],['社会福祉法人耳納福祉会','PARTNER'],['うきは駅前ボランティアの会','PARTNER']]},
  {n:'ニーズの持ち寄りと地域生活課題の分析（社会貢献プロジェクト委員会）', k:'CASE_REVIEW', s:'2016-04-01', g:false, at:['402257'],
   d:'各法人の職員が日常の仕事の中で把握しているニーズを出し合い、地域生活課題を分析して地域における公益的な取組につなげる。',
   runs:[['うきは市社会福祉法人連絡協議会 社会貢献プロジェクト委員会','LEAD']]},
  // ── 鶴田町（青森県） — seed 004 推進方策② 実践事例: 鶴田町社協 ──
  {n:'「御用聞き」訪問（暮らしのよりどころ相談所）', k:'OTHER', s:'2021-03-01', g:false, at:['023841'],
   d:'相談を待っているだけでなく、積極的に対象者のいる場所等へ出向いて働きかけるアウトリーチ型の支援。地域の状況を把握している民生委員・児童委員と連携し「御用聞き」のように個別世帯を訪問し、これまで支援が届いていなかった人たちとつながる。',
   runs:[['鶴田町社会福祉協議会','LEAD'],['鶴田町民生委員児童委員協議会','PARTNER'],['つなぐ!!つながる!!暮らしのよりどころ相談所','PARTNER']]},
  // ── さぬき市（香川県） — seed 004 推進方策② 実践事例: さぬき市社協 ──
  {n:'個別ケース検討会（さぬき市・毎月1回）', k:'CASE_REVIEW', s:'2019-04-01', g:false, at:['372064'],
   d:'毎月1回定例開催。各法人の専門職が集まり、様々なルートから上がってくる地域生活課題に対してネットワークを通じて専門性・社会資源等を活かして支援につなぐ。専門職間の顔の見える関係づくりでチームで支援できる体制ができ、専門職一人ひとりのスキルアップにもつながっている。',
   runs:[['さぬき市 地域ネットワーク会議（香川おもいやりネットワーク）','LEAD'],['さぬき市社会福祉協議会','PARTNER'],['社会福祉法人志度浦会','PARTNER'],['社会福祉法人長尾福祉会','PARTNER'],['社会福祉法人津田の松原会','PARTNER'],['社会福祉法人さぬき大川会','PARTNER'],['社会福祉法人寒川会','PARTNER']]},
  // ── 吹田市（大阪府） — seed 004 推進方策③ 実践事例: 吹田市社協 ──
  {n:'施設・地区福祉委員会との交流会・研修（吹田市）', k:'TRAINING', s:'2006-04-01', g:false, at:['272051'],
   d:'施設連絡会の加盟施設と地区福祉委員会の交流会・研修。',
   runs:[['吹田市施設連絡会','LEAD'],['吹田市社会福祉協議会','PARTNER'],['千里山地区福祉委員会','PARTNER'],['山田地区福祉委員会','PARTNER'],['岸部地区福祉委員会','PARTNER'],['佐竹台地区福祉委員会','PARTNER']]},
  {n:'吹田しあわせネットワーク', k:'OTHER', s:'2015-04-01', g:false, at:['272051'],
   d:'施設連絡会の取り組みとして施設による生活困窮者支援を行う。',
   runs:[['吹田市施設連絡会','LEAD'],['吹田市社会福祉協議会','PARTNER'],['特別養護老人ホーム千里荘','PARTNER'],['特別養護老人ホーム山田荘','PARTNER'],['特別養護老人ホーム岸部荘','PARTNER']]},
  {n:'被災地への支援（吹田市施設連絡会）', k:'OTHER', s:null, g:false, at:['272051'],
   d:'施設連絡会による被災地への支援活動。',
   runs:[['吹田市施設連絡会','LEAD'],['吹田市社会福祉協議会','PARTNER']]},
  {n:'施設同士の見学会（吹田市）', k:'TRAINING', s:'2006-04-01', g:false, at:['272051'],
   d:'加盟施設が互いの施設を見学し学び合う。',
   runs:[['吹田市施設連絡会','LEAD']]},
  {n:'子育て支援動画「きららとあそぼ！」', k:'OTHER', s:'2020-06-01', g:false, at:['272051'],
   d:'コロナ禍で「地域で集まれる場所が無くて困っている」という子育て世帯の声を受け、保育園の保育士による手遊びやシアター、子育てアドバイス等を撮影して配信。',
   runs:[['吹田市施設連絡会','LEAD'],['山田保育園','PARTNER'],['江坂保育園','PARTNER'],['認定こども園桃山台','PARTNER']]},
  {n:'学生への「食の応援セット」と応援メッセージの配布', k:'FOOD_BANK', s:'2020-06-01', g:false, at:['272051'],
   d:'コロナ禍でアルバイト収入が減った学生の支援として、食の応援セット（レトルト食品など3日分程度の日持ちのする食料品）と施設からの手書きの応援メッセージを配布。',
   runs:[['吹田市施設連絡会','LEAD'],['吹田市社会福祉協議会','PARTNER'],['NPO法人すいたフードリレー','PARTNER'],['特別養護老人ホーム千里荘','PARTNER']]},
  // ── 稲城市（東京都） — seed 004 推進方策③ 実践事例: 稲城市社協 ──
  {n:'社会福祉法人の意見交換会（稲城市）', k:'OTHER', s:'2016-02-01', g:false, at:['132250'],
   d:'市内の社会福祉法人の連携による地域における公益的な取組について、約2年間かけて意見交換会を重ね、アンケートや話し合いを通して「子どもの居場所づくり」をテーマとすることで一致。',
   runs:[['稲城市社会福祉協議会','LEAD'],['社会福祉法人矢野口福祉会','PARTNER'],['社会福祉法人多摩川会','PARTNER'],['社会福祉法人梨の里会','PARTNER'],['社会福祉法人平尾会','PARTNER'],['社会福祉法人若葉台福祉会','PARTNER'],['社会福祉法人坂浜会','PARTNER']]},
  {n:'子ども食堂の試食会・意見交換会（矢野口地区）', k:'OTHER', s:'2018-04-01', g:false, at:['132250-yanokuchi'],
   d:'社協の地域福祉コーディネーターが地区の会議で子ども食堂の取り組みを説明し、地域の関係者に試食会や意見交換の場を設定。',
   runs:[['稲城市社会福祉協議会','LEAD'],['矢野口自治会','PARTNER'],['社会福祉法人矢野口福祉会','PARTNER']]},
  {n:'矢野口子ども食堂', k:'CHILDREN_CAFETERIA', s:'2018-06-01', g:false, at:['132250-yanokuchi'],
   d:'矢野口地区で複数法人が連携して実施する子ども食堂。実施法人のケアハウス入居者もボランティアとして参加し、子どもたちとの交流が生まれている。',
   runs:[['社会福祉法人矢野口福祉会','LEAD'],['社会福祉法人多摩川会','PARTNER'],['稲城市社会福祉法人連絡協議会','PARTNER'],['稲城市社会福祉協議会','PARTNER'],['矢野口自治会','PARTNER']]},
  {n:'子どもの学習支援と食事提供の居場所（稲城市）', k:'LEARNING_SUPPORT', s:'2019-04-01', g:false, at:['132250'],
   d:'複数法人の連携に加えて市内にある大学の学生ボランティアの協力を得て、子どもの学習支援と食事提供を行う居場所。',
   runs:[['稲城市社会福祉法人連絡協議会','LEAD'],['社会福祉法人若葉台福祉会','PARTNER'],['社会福祉法人平尾会','PARTNER'],['いなぎ学生ボランティアサークル','PARTNER']]}
] AS r
CREATE (act:Activity {id: randomUUID(), name: r.n, activityKind: r.k, description: r.d, since: date(r.s),
  status: coalesce(r.st, 'ACTIVE'), generated: r.g, archived: false, createdAt: datetime(), updatedAt: datetime()})
WITH act, r
UNWIND r.at AS ac
MATCH (a:Area {code: ac})
CREATE (act)-[:HELD_IN]->(a)
WITH DISTINCT act, r
UNWIND r.runs AS x
MATCH (o) WHERE (o:Organization OR o:Network) AND o.name = x[0]
CREATE (o)-[:RUNS {role: x[1]}]->(act);

UNWIND [
  // ── 遠野市（岩手県） — seed 002 4. 実施例 事例1 ──
  {n:'住民支え合いマップづくり（遠野市）', k:'OTHER', s:'2017-04-01', g:false, at:['032085-ayaori','032085-tsuchibuchi','032085-miyamori'],
   d:'丸ごと相談員が担当地区に出向き、住民とともに支え合いマップをつくる。',
   runs:[['遠野市社会福祉協議会','LEAD'],['遠野市社協 綾織支部','PARTNER'],['遠野市社協 土淵支部','PARTNER'],['遠野市社協 宮守支部','PARTNER'],['遠野市民生委員児童委員協議会','PARTNER']]},
  {n:'とおの福祉トップランナー事業', k:'OTHER', s:null, g:false, at:['032085'],
   d:'以前から取り組んできた支部社協の活動強化のための助成。',
   runs:[['遠野市社会福祉協議会','LEAD'],['遠野市社協 綾織支部','PARTNER'],['遠野市社協 土淵支部','PARTNER'],['遠野市社協 宮守支部','PARTNER']]},
  {n:'地域福祉懇談会（遠野市）', k:'OTHER', s:null, g:false, at:['032085'],
   d:'住民主体の地域づくりに向けた地域福祉懇談会。',
   runs:[['遠野市社会福祉協議会','LEAD'],['遠野市役所','PARTNER']]},
  // ── 古河市（茨城県） — seed 002 4. 実施例 事例2 ──
  {n:'地域のふくし相談窓口（サロン会場）', k:'CONSULTATION_EVENT', s:'2019-04-01', g:false, at:['082040'],
   d:'市内55カ所のふれあい・いきいきサロン会場に協力してもらい設置。専用ののぼり旗を掲揚してPRし、サロンの活動者が参加者から聞いた相談を市社協につなぐケースも出てきた。',
   runs:[['古河市社会福祉協議会','LEAD'],['中田ふれあいサロン','PARTNER'],['駒羽根いきいきサロン','PARTNER'],['諸川ふれあいサロン','PARTNER']]},
  {n:'ふれあい・いきいきサロン（古河市）', k:'PLACE_TO_BELONG', s:null, g:false, at:['082040'],
   d:'住民による身近な居場所。市内55カ所。',
   runs:[['中田ふれあいサロン','LEAD'],['駒羽根いきいきサロン','LEAD'],['諸川ふれあいサロン','LEAD'],['古河市社会福祉協議会','PARTNER']]},
  {n:'地域サポーター養成講座（古河市）', k:'TRAINING', s:'2019-04-01', g:false, at:['082040'],
   d:'地域づくりのリーダーとなる人材育成。修了者は「ももちゃんお助け隊」の協力会員に登録して活動。',
   runs:[['古河市社会福祉協議会','LEAD'],['ももちゃんお助け隊','PARTNER']]},
  {n:'地域福祉活動マイスター認定制度', k:'OTHER', s:'2020-04-01', g:false, at:['082040'],
   d:'育てた人材が長く活躍できるよう、活動した証を見える形にしボランティア意識を育てる認定制度。',
   runs:[['古河市社会福祉協議会','LEAD'],['ももちゃんお助け隊','PARTNER']]},
  {n:'地域福祉活動の助成金と企業協力金（古河市）', k:'OTHER', s:'2019-04-01', g:false, at:['082040'],
   d:'住民が活用可能な助成金等の情報提供、市社協独自の助成金制度の創設、地元企業を回っての協力金の呼びかけ。',
   runs:[['古河市社会福祉協議会','LEAD'],['株式会社古河みらい建設','PARTNER'],['株式会社わたらせ食品','PARTNER']]},
  // ── 鳩山町（埼玉県） — seed 002 4. 実施例 事例3 ──
  {n:'ニュータウンふくしプラザ（常設サロン）', k:'PLACE_TO_BELONG', s:null, g:false, at:['113484-newtown'],
   d:'常設のサロン事業、相談支援、ボランティア育成等の拠点。町社協のボランティアコーディネーターを専任で配置し、サロン利用者の相談に応じ、ボランティアの意見を活動につなげる。',
   runs:[['鳩山町社会福祉協議会','LEAD'],['ふくしプラザ ボランティアの会','PARTNER']]},
  {n:'ボランティア発案の活動（ふくしプラザ）', k:'OTHER', s:null, g:false, at:['113484-newtown'],
   d:'当初は傾聴ボランティアを募集していたが、モチベーションを維持できるよう一人ひとりのスキルやノウハウを活かす活動をボランティア発案で実施。',
   runs:[['ふくしプラザ ボランティアの会','LEAD'],['鳩山町社会福祉協議会','PARTNER']]},
  {n:'個別ケース会議での支援プラン協議（月1回）', k:'CASE_REVIEW', s:'2021-04-01', g:false, at:['113484'],
   d:'本人の同意が得られた複合化ケースについて、相談支援包括化推進員が作成した支援プランを協議。',
   runs:[['鳩山町重層的支援会議 個別ケース会議','LEAD'],['鳩山町社会福祉協議会','PARTNER'],['鳩山町役場','PARTNER']]},
  // ── 坂井市（福井県） — seed 002 4. 実施例 事例4 ──
  {n:'コミュニティデータシートづくり（坂井市）', k:'OTHER', s:'2018-04-01', g:false, at:['182109'],
   d:'地区ごとに人口や高齢化率、子ども・子育て世帯の状況等のデータと、話し合った各地域の強み・課題・将来をまとめた「コミュニティデータシート」を作成し、地域を見える化。',
   runs:[['坂井市社会福祉協議会','LEAD'],['雄島地区ふくしの会','PARTNER'],['高椋地区ふくしの会','PARTNER'],['春江まちづくり協議会 福祉部会','PARTNER'],['坂井町まちづくり協議会','PARTNER']]},
  {n:'オンデマンドバスの実験的運行（坂井町域）', k:'OTHER', s:'2020-04-01', g:false, at:['182109-sakai'],
   d:'データシートをもとにした住民との話し合いから生まれた移動支援の実験。',
   runs:[['坂井町まちづくり協議会','LEAD'],['坂井市社会福祉協議会','PARTNER']]},
  {n:'高齢者の交流拠点（雄島地区）', k:'PLACE_TO_BELONG', s:'2019-04-01', g:false, at:['182109-mikuni'],
   d:'データシートをもとにした話し合いから立ち上がった高齢者の交流拠点。',
   runs:[['雄島地区ふくしの会','LEAD'],['坂井市社会福祉協議会','PARTNER']]},
  {n:'第3次地域福祉活動計画「かたいけのプラン」策定', k:'OTHER', s:'2021-04-01', g:false, at:['182109'],
   d:'令和3年度に地域福祉計画と初めて一体的に策定。',
   runs:[['坂井市社会福祉協議会','LEAD'],['坂井市 地域福祉計画・地域福祉活動計画 策定委員会','PARTNER'],['坂井市教育委員会','PARTNER'],['ハローワーク三国','PARTNER']]},
  // ── 大阪狭山市（大阪府） — seed 002 4. 実施例 事例5 ──
  {n:'施設業務の切り分けによる参加支援（大阪狭山市）', k:'WORK_EXPERIENCE', s:'2021-04-01', g:false, at:['272311'],
   d:'社会とのつながりを作るため、施設連絡会の社会貢献事業として福祉施設の業務から切り分けを行い、利用者のニーズを踏まえた丁寧なマッチングやメニュー作り、定着支援と受け入れ先の支援を行う。',
   runs:[['大阪狭山市社会福祉協議会','LEAD'],['大阪狭山市施設連絡会','PARTNER'],['特別養護老人ホームさやま池荘','PARTNER'],['金剛作業所','PARTNER'],['くみの木保育園','PARTNER']]},
  {n:'世代や属性を超えた居場所（東地区）', k:'PLACE_TO_BELONG', s:'2021-04-01', g:false, at:['272311-higashi'],
   d:'地区福祉委員会の活動を通じた、世代や属性を超えた居場所の整備。',
   runs:[['東地区福祉委員会','LEAD'],['大阪狭山市社会福祉協議会','PARTNER']]},
  {n:'小地域ネットワーク活動（大阪狭山市）', k:'OTHER', s:null, g:false, at:['272311'],
   d:'地区福祉委員会による見守り・声かけなどの小地域ネットワーク活動。参加支援・地域づくり事業で活用。',
   runs:[['大阪狭山市社会福祉協議会','LEAD'],['東地区福祉委員会','PARTNER'],['西地区福祉委員会','PARTNER'],['南地区福祉委員会','PARTNER'],['北地区福祉委員会','PARTNER']]},
  // ── 松江市（島根県） — seed 002 4. 実施例 事例6 ──
  {n:'対策会議（松江市社協 局内横断の検討）', k:'CASE_REVIEW', s:'2019-04-01', g:false, at:['322016'],
   d:'個別事例や新たな支援・サービスの仕組みを検討する局内横断的連携のための会議。重層的支援会議にあげる前に局内横断的に検討。',
   runs:[['松江市社会福祉協議会','LEAD']]},
  {n:'重層的支援会議での事例の再整理（松江市）', k:'CASE_REVIEW', s:'2021-04-01', g:false, at:['322016'],
   d:'解決困難な事例について関係者がともに考え、再整理と進行管理を行う。',
   runs:[['松江市重層的支援会議','LEAD'],['松江市社会福祉協議会','PARTNER'],['松江市 福祉総務課','PARTNER']]},
  {n:'公民館と連携した地域福祉活動（松江市）', k:'OTHER', s:null, g:false, at:['322016-johoku','322016-saika','322016-tsuda'],
   d:'公民館活動と地区社協活動を一体的に展開する、松江市の地域福祉活動の基盤。CSWが公民館と連携し、民生委員・児童委員活動やサロン活動を支援。',
   runs:[['松江市社会福祉協議会','LEAD'],['城北地区社会福祉協議会','PARTNER'],['雑賀地区社会福祉協議会','PARTNER'],['津田地区社会福祉協議会','PARTNER'],['松江市民生委員児童委員協議会','PARTNER']]},
  // ── 日向市（宮崎県） — seed 002 4. 実施例 事例7 ──
  {n:'地域福祉コーディネーター養成講座（宮崎県社協）', k:'TRAINING', s:'2007-04-01', g:false, at:['450006'],
   d:'宮崎県社協が平成19年度から開催。地域福祉を各地で展開するリーダー的な役割を担う専門職を養成。',
   runs:[['宮崎県社会福祉協議会','LEAD']]},
  {n:'地域福祉サポーター養成講座（日向市）', k:'TRAINING', s:'2014-04-01', g:false, at:['452068'],
   d:'おせっ会が中心となって地域住民等を対象に開催。修了生が「がむしゃら応援団」を結成。',
   runs:[['地域福祉コーディネーター連絡会（おせっ会）','LEAD'],['日向市社会福祉協議会','PARTNER']]},
  {n:'地域福祉活動企画コンテスト', k:'OTHER', s:'2015-04-01', g:false, at:['452068'],
   d:'おせっ会やがむしゃら応援団のメンバーが地域生活課題の解決のために必要と考える活動を企画し、アクションプランシートを作成してプレゼン。選ばれた企画は実際に地域で実践。',
   runs:[['地域福祉コーディネーター連絡会（おせっ会）','LEAD'],['地域福祉サポーター連絡会（がむしゃら応援団）','PARTNER'],['日向市社会福祉協議会','PARTNER']]},
  {n:'ふくし食堂（日向市）', k:'PLACE_TO_BELONG', s:'2016-04-01', g:false, at:['452068'],
   d:'コンテストから生まれた活動。食を通じて気軽に集える場所をつくり、地域住民が知り合い、情報を共有することでつながりを構築する。',
   runs:[['地域福祉サポーター連絡会（がむしゃら応援団）','LEAD'],['地域福祉コーディネーター連絡会（おせっ会）','PARTNER'],['日向市社会福祉協議会','PARTNER'],['NPO法人日向フードサポート','PARTNER']]},
  {n:'生活支援会議（日向市社協）', k:'CASE_REVIEW', s:null, g:false, at:['452068'],
   d:'社協が受けた相談で既存の制度だけでは解決が難しい場合に社協内部で開催し、支援プロセスや連携・協働すべき機関等を検討。',
   runs:[['日向市社会福祉協議会','LEAD']]},
  {n:'地域生活支援会議（日向市）', k:'CASE_REVIEW', s:null, g:false, at:['452068'],
   d:'住民を巻き込んだ支援が必要な場合に開催する会議。',
   runs:[['日向市社会福祉協議会','LEAD'],['地域福祉サポーター連絡会（がむしゃら応援団）','PARTNER']]}
] AS r
CREATE (act:Activity {id: randomUUID(), name: r.n, activityKind: r.k, description: r.d, since: date(r.s),
  status: coalesce(r.st, 'ACTIVE'), generated: r.g, archived: false, createdAt: datetime(), updatedAt: datetime()})
WITH act, r
UNWIND r.at AS ac
MATCH (a:Area {code: ac})
CREATE (act)-[:HELD_IN]->(a)
WITH DISTINCT act, r
UNWIND r.runs AS x
MATCH (o) WHERE (o:Organization OR o:Network) AND o.name = x[0]
CREATE (o)-[:RUNS {role: x[1]}]->(act);

// ---------------------------------------------------------------------
// 9. Services (社会資源): one provider each, the needs they address, where they are available.
//    generated = false: the seed describes the service, true: a demo assumption (said in the description)
// ---------------------------------------------------------------------
UNWIND [
  // ── 兵庫県（県域）: 兵庫県社協・ほっとかへんネット — seed 000 第8次経営・活動計画 重点的取組①, seed 001 ミニ特集 ──
  {n:'生活福祉資金（コロナ特例貸付）の償還・償還免除の相談', p:'兵庫県社会福祉協議会', g:false, at:['280003'],
   nd:['household_finance','debt','multiple_debt'],
   d:'令和5年1月から始まった特例貸付の償還についての相談、償還猶予・償還免除の手続き案内。窓口は市町社協。',
   el:'緊急小口資金・総合支援資金（特例貸付）の借受人', sch:'平日 市町社協窓口'},
  {n:'借受世帯のこころの健康相談（県域）', p:'兵庫県社会福祉協議会', g:true, at:['280003'], nd:['mental_health'],
   d:'特例貸付の借受世帯など複合課題を抱える方のこころの不調を、専門職の相談につなぐ県域の窓口（デモ用の想定）。',
   el:'県内の特例貸付借受人とその家族', sch:'平日 電話'},
  // ── 小野市（兵庫県） — seed 004 推進方策① 実践事例: 小野市社協 ──
  {n:'買い物バスツアー（社協マイクロバス）', p:'小野市社会福祉協議会', g:false, at:['282189-kisumi'], nd:['mobility_shopping','isolation','food'],
   d:'社協のマイクロバスで来住地区の高齢者を買い物へ。住民ボランティアが調整、民生委員が添乗、法人職員が乗降・買い物を介助。',
   el:'来住地区に住む、買い物や移動に困っている高齢者'},
  {n:'買い物バスツアーへの介護職員の付き添い', p:'社会福祉法人きすみ野福祉会', g:false, at:['282189-kisumi'], nd:['long_term_care','mobility_shopping'],
   d:'介護の専門性のある法人職員が乗降や買い物での介助を行う。',
   el:'買い物バスツアー参加者のうち介助が必要な方'},
  {n:'ほっとかへんネットワーカーによる生活再建相談（小野市）', p:'小野市社会福祉協議会', g:true, at:['282189'], nd:['household_finance','debt','employment','food'],
   d:'特例貸付の借受世帯などの返済や生活の困りごとの相談、情報提供。ほっとかへんネットの法人と連携した支援（体制強化事業の基本事業）。',
   el:'小野市在住の生活に困りごとを抱える方（特例貸付借受人を含む）', sch:'平日 9時-17時'},
  {n:'災害時の福祉避難の受け入れ（特別養護老人ホームおの荘）', p:'特別養護老人ホームおの荘', g:true, at:['282189'], nd:['long_term_care','disability','housing'],
   d:'災害時に自力避難が難しい高齢者・障害者を施設で受け入れる（社協との協定に基づくデモ用の想定）。',
   el:'要配慮者（要介護高齢者、障害のある方）', cap:10},
  {n:'あお野作業所での就労体験', p:'社会福祉法人あお野会', g:true, at:['282189'], nd:['employment','hikikomori','disability'],
   d:'施設の業務を切り出した就労体験・中間的就労（推進方策「課題を掛け合わせる」取り組みを参考にしたデモ用の想定）。',
   el:'就労に不安のある方、ひきこもりがちな方', sch:'週2回 午前', cap:3},
  // ── 宝塚市（兵庫県） — seed 001 ミニ特集 事例① 宝塚市社協 ──
  {n:'特例貸付借受世帯へのフォローアップ相談（宝塚市）', p:'宝塚市社会福祉協議会', g:false, at:['282146'], nd:['household_finance','debt','employment'],
   d:'借受世帯をはじめとした生活困窮世帯の生活状況把握と生活再建に向けた相談。ほっとかへんネットや民間企業と連携。',
   el:'特例貸付の借受人・生活に困りごとを抱える世帯'},
  {n:'いろり：就労に向けた居場所と受注作業', p:'スミレン’sワークいろり', g:false, at:['282146'], nd:['hikikomori','employment','isolation','mental_health'],
   d:'スミレン’sワークいろりでの作業と交流。企業から受注した作業に取り組み、当事者の力を生かした活動・参加の場。市社協が後方支援。',
   el:'生きづらさを抱え、就労に不安のある方・ひきこもりがちな方'},
  {n:'軽作業の切り出し・発注（いろり向け）', p:'株式会社たからづか紙工', g:true, at:['282146'], nd:['employment'],
   d:'紙製品の折り・封入などの軽作業をいろりに発注し、作業の機会を提供する。',
   el:'いろり参加者'},
  // ── 太子町（兵庫県揖保郡） — seed 001 ミニ特集 事例② 太子町社協 ──
  {n:'フードバンク：食品・日用品の配布（太子町）', p:'太子町社会福祉協議会', g:false, at:['284645'], nd:['food','household_finance'],
   d:'町民からの寄付（食品・日用品）を必要とする方へ配布。寄付は社協窓口で通年受付。',
   el:'生活に困っている町民', sch:'通年（平日 社協窓口）'},
  {n:'町社協の生活相談（ほっとかへんネットワーカー）', p:'太子町社会福祉協議会', g:false, at:['284645'], nd:['household_finance','employment','childcare','debt'],
   d:'経済的な問題だけでなく就労や子育てなど幅広く複合的な相談を受け止め、ほっとかへんネットの法人や関係機関につなぐ。',
   el:'太子町在住の方', sch:'平日 9時-17時'},
  {n:'住民向け介護相談（いかるが福祉会）', p:'社会福祉法人いかるが福祉会', g:true, at:['284645'], nd:['long_term_care','isolation'],
   d:'ほっとかへんネットの住民向け相談会で、高齢者施設の専門職が介護の相談に応じる。', el:'町民'},
  {n:'住民向け子育て相談（揖保川保育園）', p:'揖保川保育園', g:true, at:['284645'], nd:['childcare'],
   d:'保育士が子育ての悩みに応じる（相談会・園庭開放時）。', el:'子育て中の町民'},
  {n:'障害のある方と家族の相談（太子の里会）', p:'社会福祉法人太子の里会', g:true, at:['284645'], nd:['disability','employment'],
   d:'障害福祉の専門職が生活や就労の相談に応じる（相談会）。', el:'障害のある方とその家族'},
  // ── うきは市（福岡県） — seed 004 推進方策① 実践事例: うきは市社協 ──
  {n:'わくわく福祉出前講座（講師派遣）', p:'社会福祉法人耳納福祉会', g:false, at:['402257'], nd:['long_term_care','isolation','education'],
   d:'地域の集まりやサロンに法人の専門職が出向き、介護・福祉について講座を行う（連絡協議会の取り組み）。',
   el:'市内の自治会・サロン・学校など（地域からの依頼）'},
  {n:'障害者の休日の居場所（白壁会）', p:'社会福祉法人白壁会', g:false, at:['402257'], nd:['disability','isolation'],
   d:'休日に楽しく過ごせる場所。施設利用者と地域の交流。', el:'市内の障害のある方', sch:'土日・祝日'},
  {n:'障害者の買い物支援（白壁会）', p:'社会福祉法人白壁会', g:false, at:['402257'], nd:['disability','mobility_shopping'],
   d:'施設職員が同行して買い物を支援する。', el:'市内の障害のある方'},
  {n:'介護の相談窓口（特別養護老人ホーム耳納荘）', p:'特別養護老人ホーム耳納荘', g:true, at:['402257-yoshii'], nd:['long_term_care'],
   d:'施設の相談員が在宅介護の相談に応じる。', el:'市民', sch:'平日 9時-17時'},
  // ── 鶴田町（青森県） — seed 004 推進方策② 実践事例: 鶴田町社協 ──
  // one consultation desk at a facility of each of the 7 corporations (the desks are real, the facility names are made up)
  {n:'暮らしのよりどころ相談所（特別養護老人ホームつるた荘）', p:'特別養護老人ホームつるた荘', g:false, at:['023841'], nd:['long_term_care','mobility_shopping','isolation','snow_removal','garbage_disposal'],
   d:'介護の相談のほか、除雪、買い物、ごみ出し等の生活支援、暮らしにまつわる各種相談全般を受け付ける。', el:'町民（属性を問わない）', sch:'随時（施設の開所時間）'},
  {n:'暮らしのよりどころ相談所（グループホーム岩木川）', p:'グループホーム岩木川', g:false, at:['023841'], nd:['long_term_care','mobility_shopping','isolation','snow_removal','garbage_disposal'],
   d:'認知症の介護相談のほか、除雪・買い物・ごみ出し等の生活の困りごとを受け付ける。', el:'町民（属性を問わない）', sch:'随時'},
  {n:'暮らしのよりどころ相談所（障害者支援施設富士見湖園）', p:'障害者支援施設富士見湖園', g:false, at:['023841'], nd:['disability','mobility_shopping','isolation'],
   d:'障害のある方と家族の相談、生活支援の相談全般を受け付ける。', el:'町民（属性を問わない）', sch:'随時'},
  {n:'暮らしのよりどころ相談所（鶴の舞作業所）', p:'鶴の舞作業所', g:false, at:['023841'], nd:['disability','employment','isolation'],
   d:'障害のある方の働くことの相談、暮らしの相談を受け付ける。', el:'町民（属性を問わない）', sch:'平日'},
  {n:'暮らしのよりどころ相談所（児童養護施設梅沢学園）', p:'児童養護施設梅沢学園', g:false, at:['023841'], nd:['childcare','violence_abuse','education'],
   d:'子育て・子どもの養育に関する相談、暮らしの相談全般を受け付ける。', el:'町民（属性を問わない）', sch:'随時'},
  {n:'暮らしのよりどころ相談所（廻堰保育園）', p:'廻堰保育園', g:false, at:['023841'], nd:['childcare','mobility_shopping'],
   d:'保育士による子育て相談、生活支援の相談を受け付ける。', el:'町民（属性を問わない）', sch:'平日 8時-18時'},
  {n:'暮らしのよりどころ相談所（認定こども園つがるの実）', p:'認定こども園つがるの実', g:false, at:['023841'], nd:['childcare','household_finance'],
   d:'子育て相談、暮らしにまつわる相談全般を受け付ける。', el:'町民（属性を問わない）', sch:'平日 8時-18時'},
  {n:'よりどころ相談所の調整・専門機関へのつなぎ', p:'鶴田町社会福祉協議会', g:false, at:['023841'], nd:['household_finance','isolation','long_term_care','advocacy'],
   d:'各法人単独では対応困難な相談は社協が主な調整役となり、民生委員・児童委員や関係団体と連携するほか、適切な専門機関へ責任を持って相談をつなぐ。', el:'町民'},
  // ── さぬき市（香川県） — seed 004 推進方策② 実践事例: さぬき市社協 ──
  {n:'おもいやりネットワーク 専門職チームによる個別支援（さぬき市）', p:'さぬき市社会福祉協議会', g:false, at:['372064'], nd:['isolation','household_finance','long_term_care','disability'],
   d:'個別ケース検討会で協議し、参画法人の専門職がチームで支援する。', el:'市民（民生委員・関係機関からのつなぎ）', sch:'毎月の個別ケース検討会で協議'},
  {n:'施設専門職による訪問相談（志度浦会）', p:'社会福祉法人志度浦会', g:true, at:['372064-shido'], nd:['long_term_care','isolation'],
   d:'ケース検討会で担当となった世帯を施設の相談員が訪問する。', el:'ケース検討会で支援が決まった世帯'},
  // ── 吹田市（大阪府） — seed 004 推進方策③ 実践事例: 吹田市社協 ──
  {n:'食の応援セット（学生向け）', p:'吹田市社会福祉協議会', g:false, at:['272051'], nd:['food','household_finance'],
   d:'レトルト食品など3日分程度の日持ちのする食料品と、施設からの手書きの応援メッセージ。', el:'コロナ禍でアルバイト収入が減った学生'},
  {n:'子育て支援動画「きららとあそぼ！」の配信', p:'山田保育園', g:false, at:['272051'], nd:['childcare','isolation'],
   d:'保育士による手遊びやシアター、子育てアドバイス等の動画。', el:'子育て中の世帯'},
  {n:'吹田しあわせネットワーク 施設での生活困窮相談（千里荘）', p:'特別養護老人ホーム千里荘', g:false, at:['272051-senriyama','272051'], nd:['household_finance','food','isolation'],
   d:'施設による生活困窮者支援。施設の相談員が生活の困りごとを受け止め、社協や関係機関につなぐ。', el:'生活に困っている市民', sch:'平日 9時-17時'},
  {n:'災害時の福祉避難の受け入れ（特別養護老人ホーム山田荘）', p:'特別養護老人ホーム山田荘', g:true, at:['272051-yamada'], nd:['long_term_care','disability','housing'],
   d:'災害時に自力避難が困難な高齢者・障害者を受け入れる（デモ用の想定）。', el:'要配慮者', cap:15},
  {n:'若者の居場所と就労準備（若者サポートすいた）', p:'NPO法人若者サポートすいた', g:true, at:['272051'], nd:['hikikomori','employment','isolation','mental_health'],
   d:'ひきこもりがちな若者の居場所と、施設・企業での就労体験へのつなぎ。', el:'15-49歳の就労に不安のある方', sch:'火・木・土 13時-18時', cap:20},
  {n:'ひとり親家庭の相談と子どもの学習支援', p:'NPO法人ひとり親サポートすいた', g:true, at:['272051'], nd:['childcare','household_finance','education'],
   d:'ひとり親の生活相談と子どもの学習支援。', el:'市内のひとり親家庭', sch:'毎週水曜 17時-20時'},
  {n:'中間的就労（軽作業）の受け入れ', p:'株式会社ワークスすいた', g:true, at:['272051'], nd:['employment','disability','unemployment'],
   d:'業務を切り出した軽作業で中間的就労の場を提供。', el:'自立相談支援機関などからつながった方', cap:5},
  {n:'住まい探しの支援（居住支援）', p:'NPO法人すいた居住支援ネット', g:true, at:['272051'], nd:['housing'],
   d:'住宅確保要配慮者の住まい探しと入居後の見守り。', el:'住まいに困っている方（高齢者、ひとり親、外国籍の方など）'},
  // ── 稲城市（東京都） — seed 004 推進方策③ 実践事例: 稲城市社協 ──
  {n:'矢野口子ども食堂（食事と居場所）', p:'社会福祉法人矢野口福祉会', g:false, at:['132250-yanokuchi'], nd:['food','childcare','isolation'],
   d:'複数法人の連携による子ども食堂。ケアハウス入居者のボランティアと子どもたちの交流。', el:'地域の子どもと保護者'},
  {n:'子どもの学習支援と食事の居場所', p:'社会福祉法人若葉台福祉会', g:false, at:['132250'], nd:['education','food','isolation'],
   d:'学生ボランティアによる学習支援と食事提供。', el:'学齢期の子ども'},
  {n:'地域福祉コーディネーターへの相談（稲城市社協）', p:'稲城市社会福祉協議会', g:false, at:['132250'], nd:['isolation','household_finance','childcare'],
   d:'地域福祉コーディネーターが地域の困りごとを受け止め、住民や法人と一緒に解決策を考える。', el:'市民', sch:'平日 8時30分-17時'}
] AS r
MATCH (p:Organization {name: r.p})
CREATE (s:Service {id: randomUUID(), name: r.n, description: r.d, eligibility: r.el, capacity: r.cap, schedule: r.sch,
  generated: r.g, archived: false, createdAt: datetime(), updatedAt: datetime()})
CREATE (p)-[:PROVIDES]->(s)
WITH s, r
UNWIND r.at AS ac
MATCH (a:Area {code: ac})
CREATE (s)-[:AVAILABLE_IN]->(a)
WITH DISTINCT s, r
UNWIND r.nd AS nc
MATCH (n:Need {code: nc})
CREATE (s)-[:ADDRESSES]->(n);

UNWIND [
  // ── 遠野市（岩手県） — seed 002 4. 実施例 事例1 ──
  {n:'丸ごと相談（綾織地区センター）', p:'遠野市社会福祉協議会', g:false, at:['032085-ayaori'], nd:['isolation','household_finance','long_term_care','mental_health'],
   d:'より多くの住民が気軽に立ち寄れるよう地区センター（公民館）に配置した丸ごと相談員が、地域のどのような相談も受け付ける。「あの世帯が心配だ」という住民からの相談も。', el:'綾織地区の住民（属性を問わない）', sch:'平日 地区センター'},
  {n:'丸ごと相談（土淵地区センター）', p:'遠野市社会福祉協議会', g:false, at:['032085-tsuchibuchi'], nd:['isolation','household_finance','long_term_care','mental_health'],
   d:'地区センターの丸ごと相談員による属性を問わない相談。', el:'土淵地区の住民（属性を問わない）', sch:'平日 地区センター'},
  {n:'丸ごと相談（宮守地区センター）', p:'遠野市社会福祉協議会', g:false, at:['032085-miyamori'], nd:['isolation','household_finance','long_term_care','mental_health'],
   d:'地区センターの丸ごと相談員による属性を問わない相談。', el:'宮守地区の住民（属性を問わない）', sch:'平日 地区センター'},
  // ── 古河市（茨城県） — seed 002 4. 実施例 事例2 ──
  {n:'地域のふくし相談窓口（中田ふれあいサロン）', p:'中田ふれあいサロン', g:false, at:['082040-koga'], nd:['isolation','long_term_care','household_finance'],
   d:'サロン会場での身近な相談窓口。聞き取った相談は市社協につなぐ。', el:'サロン参加者・地域住民', sch:'サロン開催日'},
  {n:'地域のふくし相談窓口（駒羽根いきいきサロン）', p:'駒羽根いきいきサロン', g:false, at:['082040-sowa'], nd:['isolation','long_term_care','household_finance'],
   d:'サロン会場での身近な相談窓口。', el:'サロン参加者・地域住民', sch:'サロン開催日'},
  {n:'地域のふくし相談窓口（諸川ふれあいサロン）', p:'諸川ふれあいサロン', g:false, at:['082040-sanwa'], nd:['isolation','long_term_care','household_finance'],
   d:'サロン会場での身近な相談窓口。', el:'サロン参加者・地域住民', sch:'サロン開催日'},
  {n:'ももちゃんお助け隊の生活支援', p:'ももちゃんお助け隊', g:false, at:['082040'], nd:['mobility_shopping','isolation','long_term_care','garbage_disposal'],
   d:'協力会員によるちょっとした困りごとの助け合い（ごみ出し・買い物の付き添いなどの内容はデモ用の具体化）。', el:'市内の高齢者など'},
  // ── 鳩山町（埼玉県） — seed 002 4. 実施例 事例3 ──
  {n:'鳩山町総合相談支援窓口', p:'鳩山町社会福祉協議会', g:false, at:['113484'], nd:['mental_health','employment','isolation','long_term_care','household_finance'],
   d:'平成31年4月開設（地域福祉推進プラン策定時のニーズ調査で「気軽に相談できる窓口の充実」のニーズ）。40代と75歳以上の相談が多く、40代は精神障害がある人からの相談や人間関係、家族関係、就労等の課題を抱えるケースが増えている。', el:'町民（属性を問わない）', sch:'平日 8時30分-17時15分'},
  {n:'ニュータウンふくしプラザ 常設サロンと相談', p:'鳩山町社会福祉協議会', g:false, at:['113484-newtown'], nd:['isolation','long_term_care'],
   d:'常設サロン。専任のボランティアコーディネーターがサロン利用者の相談に応じる。', el:'どなたでも', sch:'平日 10時-16時'},
  {n:'訪問相談（アウトリーチ等継続的支援）', p:'鳩山町社会福祉協議会', g:false, at:['113484'], nd:['isolation','hikikomori','mental_health','long_term_care'],
   d:'ボランティアや行政の水道課・町民課からの気になる世帯等の情報をもとに訪問し、継続的につながる。', el:'支援が届いていない世帯'},
  {n:'世帯全体のアセスメントと支援プラン作成', p:'鳩山町社会福祉協議会', g:false, at:['113484'], nd:['household_finance','mental_health','employment','long_term_care'],
   d:'相談支援包括化推進員（2名）が世帯全体の課題をアセスメントし支援プランを作成、個別ケース会議・全体会議で共有しながら支援。', el:'複合的な課題を抱え、本人の同意が得られた世帯'},
  // ── 坂井市（福井県） — seed 002 4. 実施例 事例4 ──
  {n:'高齢者の交流拠点（雄島地区ふくしの会）', p:'雄島地区ふくしの会', g:false, at:['182109-mikuni'], nd:['isolation'],
   d:'住民が運営する高齢者の交流の場。', el:'地区の高齢者', sch:'週1回'},
  {n:'オンデマンドバス（実験運行）', p:'坂井町まちづくり協議会', g:false, at:['182109-sakai'], nd:['mobility_shopping'],
   d:'予約に応じて運行する地域のバス（実験的運行）。', el:'坂井町域の住民（予約制）'},
  {n:'参加支援コーディネーターによる社会参加のマッチング', p:'坂井市社会福祉協議会', g:false, at:['182109'], nd:['employment','isolation','hikikomori'],
   d:'参加支援を行うコーディネーター（社協に1名）が、社会とのつながりを回復するための参加の場・働く場を本人とつなぐ。', el:'既存の取組では対応できない狭間のニーズを抱える方'},
  {n:'コミュニティソーシャルワーカーへの相談（第2層圏域）', p:'坂井市社会福祉協議会', g:false, at:['182109-mikuni','182109-maruoka','182109-harue','182109-sakai'], nd:['isolation','long_term_care','household_finance'],
   d:'2層圏域に生活支援コーディネーターを兼ねるコミュニティソーシャルワーカーを8名配置。', el:'市民'},
  // ── 大阪狭山市（大阪府） — seed 002 4. 実施例 事例5 ──
  {n:'高齢者の総合相談（大阪狭山市地域包括支援センター）', p:'大阪狭山市地域包括支援センター', g:false, at:['272311'], nd:['long_term_care','advocacy','isolation'],
   d:'属性や世代を問わず包括的に相談を受け止め、支援機関のネットワークで対応する包括的相談支援の一翼。', el:'市民（高齢者と家族）', sch:'平日 9時-17時30分'},
  {n:'障害者相談支援（大阪狭山市基幹相談支援センター）', p:'大阪狭山市基幹相談支援センター', g:false, at:['272311'], nd:['disability','mental_health'],
   d:'障害のある方と家族の相談支援。', el:'障害のある方と家族', sch:'平日 9時-17時30分'},
  {n:'自立相談支援（大阪狭山市生活サポートセンター）', p:'大阪狭山市生活サポートセンター', g:false, at:['272311'], nd:['household_finance','employment','debt','housing'],
   d:'生活困窮者自立支援法に基づく自立相談支援。特例貸付借受世帯の相談も。', el:'生活に困りごとを抱える方', sch:'平日 9時-17時30分'},
  {n:'子育て相談（大阪狭山市子育て支援センター）', p:'大阪狭山市子育て支援センター', g:false, at:['272311'], nd:['childcare'],
   d:'行政で運営している子育て支援センターの相談。', el:'子育て中の世帯'},
  {n:'就労準備支援事業（大阪狭山市社協）', p:'大阪狭山市社会福祉協議会', g:false, at:['272311'], nd:['employment','unemployment','hikikomori'],
   d:'就労に向けた生活習慣・社会参加の準備を支援。参加支援事業で活用。', el:'すぐに就労が難しい方'},
  {n:'施設での就労体験（特別養護老人ホームさやま池荘）', p:'特別養護老人ホームさやま池荘', g:false, at:['272311'], nd:['employment','hikikomori','isolation'],
   d:'施設の業務から切り分けた作業（清掃・配膳補助・リネン整理など）。社協がマッチングと定着支援。', el:'参加支援の対象者（社協がマッチング）', cap:3},
  {n:'施設での就労体験（金剛作業所）', p:'金剛作業所', g:false, at:['272311'], nd:['employment','disability','isolation'],
   d:'作業所の業務から切り分けた軽作業の体験。', el:'参加支援の対象者（社協がマッチング）', cap:2},
  {n:'ボランティアセンター（活動先の紹介）', p:'大阪狭山市社会福祉協議会', g:false, at:['272311'], nd:['isolation'],
   d:'ボランティア活動を通じた社会参加の場の紹介。参加支援・地域づくり事業で活用。', el:'どなたでも'},
  // ── 松江市（島根県） — seed 002 4. 実施例 事例6 ──
  {n:'地域福祉ステーション 総合相談（中央）', p:'松江市地域包括支援センター 中央', g:false, at:['322016','322016-johoku'], nd:['isolation','long_term_care','household_finance','advocacy'],
   d:'地域包括支援センター内に配置したCSWが、地域の総合相談の拠点としてあらゆる地域生活課題の相談に応じる。', el:'市民（属性を問わない）', sch:'平日 8時30分-17時15分'},
  {n:'地域福祉ステーション 総合相談（北部）', p:'松江市地域包括支援センター 北部', g:false, at:['322016'], nd:['isolation','long_term_care','household_finance','advocacy'],
   d:'地域包括支援センター内のCSWによる総合相談。', el:'市民（属性を問わない）', sch:'平日 8時30分-17時15分'},
  {n:'自立相談支援（松江市）', p:'松江市生活困窮者自立相談支援センター', g:false, at:['322016'], nd:['household_finance','employment','debt','housing'],
   d:'生活困窮者の自立相談支援。生活困窮部会と連携。', el:'生活に困りごとを抱える方', sch:'平日 8時30分-17時15分'},
  {n:'法律相談・債務整理の案内（法テラス島根）', p:'法テラス島根', g:true, at:['320005'], nd:['debt','multiple_debt','advocacy','violence_abuse'],
   d:'民事法律扶助による無料法律相談と弁護士・司法書士費用の立替え。権利擁護部会と連携。', el:'収入・資産が一定以下の方', sch:'予約制'},
  {n:'日常生活自立支援事業（松江市社協）', p:'松江市社会福祉協議会', g:true, at:['322016'], nd:['advocacy','household_finance'],
   d:'判断能力に不安のある方の福祉サービス利用援助と日常的な金銭管理。権利擁護部会と連動。', el:'判断能力が十分でない方（契約能力がある方）'},
  // ── 日向市（宮崎県） — seed 002 4. 実施例 事例7 ──
  {n:'ふくし食堂（食を通じた集いの場）', p:'日向市社会福祉協議会', g:false, at:['452068'], nd:['food','isolation'],
   d:'食を通じて気軽に集える場所。地域住民が知り合い、情報を共有してつながる。', el:'どなたでも'},
  {n:'コミュニティソーシャルワーカーへの相談（日向市社協）', p:'日向市社会福祉協議会', g:false, at:['452068'], nd:['household_finance','isolation','long_term_care','mental_health'],
   d:'既存の制度だけでは解決が難しい相談は生活支援会議・地域生活支援会議で支援プロセスと連携機関を検討。', el:'市民', sch:'平日 8時30分-17時15分'},
  {n:'施設での就労体験（美々津作業所）', p:'美々津作業所', g:true, at:['452068'], nd:['employment','hikikomori','disability'],
   d:'作業所の業務を切り出した就労体験（デモ用の想定）。', el:'就労に不安のある方', cap:3},
  {n:'フードバンク 食料の緊急支援（日向フードサポート）', p:'NPO法人日向フードサポート', g:true, at:['452068'], nd:['food','household_finance'],
   d:'生活に困っている世帯への食料の緊急支援（デモ用の想定）。', el:'社協・関係機関から紹介された世帯'}
] AS r
MATCH (p:Organization {name: r.p})
CREATE (s:Service {id: randomUUID(), name: r.n, description: r.d, eligibility: r.el, capacity: r.cap, schedule: r.sch,
  generated: r.g, archived: false, createdAt: datetime(), updatedAt: datetime()})
CREATE (p)-[:PROVIDES]->(s)
WITH s, r
UNWIND r.at AS ac
MATCH (a:Area {code: ac})
CREATE (s)-[:AVAILABLE_IN]->(a)
WITH DISTINCT s, r
UNWIND r.nd AS nc
MATCH (n:Need {code: nc})
CREATE (s)-[:ADDRESSES]->(n);

// ---------------------------------------------------------------------
// 9b. Institutions every Japanese municipality has, generated where the seeds name none: 地域包括支援センター
//     (介護保険法), 自立相談支援機関 (生活困窮者自立支援法, run by the prefecture for a town without a 福祉事務所),
//     ハローワーク (the 公共職業安定所 whose district covers the municipality) and the welfare desk of the town hall.
//     generated = true, names made up, each with the service of its statutory role and the needs that role
//     addresses. A municipality that already has one of a kind in the demo (大阪狭山, 松江, 坂井) gets none of it.
//     DV is not among them: 配偶者暴力相談支援センター are the prefecture's, and the seeds name none.
// ---------------------------------------------------------------------
UNWIND [
  {k:'SUPPORT_AGENCY', t:'COMMUNITY_GENERAL_SUPPORT_CENTER', label:'SupportAgency', name:'{m}地域包括支援センター', f:['elderly','community_welfare'],
   d:'生成データ（デモ用）: 高齢者の総合相談、権利擁護（高齢者虐待への対応を含む）、介護予防ケアマネジメント、包括的・継続的ケアマネジメントを担う地域包括支援センター（介護保険法）。名称はデモ用。',
   svc:'高齢者の総合相談・権利擁護（{m}地域包括支援センター）', nd:['long_term_care','care_prevention','advocacy','abuse','caregiver_burnout','isolation'],
   el:'{m}在住の高齢者と家族', sch:'平日 8時30分-17時15分'},
  {k:'SUPPORT_AGENCY', t:'SELF_RELIANCE_SUPPORT_AGENCY', label:'SupportAgency', name:'{m}自立相談支援機関', f:['poverty','employment'],
   d:'生成データ（デモ用）: 生活困窮者自立支援制度の自立相談支援事業（生活困窮者自立支援法）。福祉事務所を設置しない町村では都道府県が実施。住居確保給付金の相談、家計改善・就労準備支援につなぐ。名称はデモ用。',
   svc:'自立相談支援（{m}自立相談支援機関）', nd:['hardship','household_finance','income_loss','employment','unemployment','debt','multiple_debt','housing_security','household_budgeting'],
   el:'生活に困りごとを抱える{m}在住の方', sch:'平日 9時-17時'},
  {k:'SUPPORT_AGENCY', t:'HELLO_WORK', label:'SupportAgency', name:'ハローワーク（{m}を管轄する公共職業安定所）', f:['employment'],
   d:'生成データ（デモ用）: 公共職業安定所。職業相談・職業紹介、雇用保険の手続き、生活困窮者等の就労支援（生活保護受給者等就労自立促進事業）。名称はデモ用。',
   svc:'職業相談・職業紹介（ハローワーク・{m}）', nd:['employment','unemployment','reemployment_failure','unstable_employment','dismissal'],
   el:'求職者', sch:'平日 8時30分-17時15分'},
  {k:'GOVERNMENT_OFFICE', t:null, label:'GovernmentOffice', name:'{m}{hall} 福祉窓口', f:['community_welfare','poverty'],
   d:'生成データ（デモ用）: 市役所・町役場の福祉の窓口。生活保護の相談・申請（福祉事務所）、障害福祉サービス、児童手当・子育て支援、介護保険の申請を受け付ける。名称はデモ用。',
   svc:'福祉の総合窓口（{m}{hall}）', nd:['household_finance','hardship','disability','childcare','long_term_care'],
   el:'{m}の住民', sch:'平日 8時30分-17時15分'}
] AS kind
MATCH (m:Municipality)
WHERE NOT EXISTS {
  MATCH (o:Organization)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..1]->(m)
  WHERE o.kind = kind.k AND kind.t IS NOT NULL AND o.agencyType = kind.t }
WITH m, kind, CASE WHEN m.name ENDS WITH '町' THEN '役場' ELSE '役所' END AS hall
WITH m, kind, hall,
     replace(replace(kind.name, '{m}', m.name), '{hall}', hall) AS name,
     replace(replace(kind.svc, '{m}', m.name), '{hall}', hall) AS serviceName
CREATE (o:Organization {id: randomUUID(), name: name, kind: kind.k, agencyType: kind.t, description: kind.d,
  generated: true, archived: false, createdAt: datetime(), updatedAt: datetime()})
SET o:$(kind.label)
CREATE (o)-[:LOCATED_IN]->(m)
CREATE (o)-[:SERVES]->(m)
CREATE (s:Service {id: randomUUID(), name: serviceName, description: kind.d,
  eligibility: replace(kind.el, '{m}', m.name), schedule: kind.sch,
  generated: true, archived: false, createdAt: datetime(), updatedAt: datetime()})
CREATE (o)-[:PROVIDES]->(s)
CREATE (s)-[:AVAILABLE_IN]->(m)
WITH o, s, kind
CALL (o, kind) {
  UNWIND kind.f AS fc
  MATCH (f:Field {code: fc})
  CREATE (o)-[:IN_FIELD]->(f)
}
UNWIND kind.nd AS nc
MATCH (n:Need {code: nc})
CREATE (s)-[:ADDRESSES]->(n);

// ---------------------------------------------------------------------
// 10. Collaboration (COLLABORATES_WITH): kind, since, note and the seed case as evidence.
//     Disaster-time AGREEMENTs follow the general text of seed 004 (I-2② 災害に強い地域づくり), which
//     organisations signed them is the demo's assumption and the note says so.
// ---------------------------------------------------------------------
UNWIND [
  // ── 兵庫県（県域）: 兵庫県社協・ほっとかへんネット — seed 000 第8次経営・活動計画 重点的取組①, seed 001 ミニ特集 ──
  ['兵庫県社会福祉協議会', '小野市社会福祉協議会', 'JOINT_ACTIVITY', '2023-04-01', '体制強化事業によりほっとかへんネットワーカーを配置し、借受世帯の生活再建に向けたフォローアップを協働', '兵庫県社協 ミニ特集（2023年7-8月号）'],
  ['兵庫県社会福祉協議会', '宝塚市社会福祉協議会', 'JOINT_ACTIVITY', '2023-04-01', '体制強化事業を活用した借受世帯の生活状況把握と多機関協働による支援ネットワーク体制の構築', '兵庫県社協 ミニ特集 事例①: 宝塚市社協'],
  ['兵庫県社会福祉協議会', '太子町社会福祉協議会', 'JOINT_ACTIVITY', '2023-04-01', '体制強化事業。町社協が「ほっとかへんネット」の設立を呼びかけ、法人による住民向け相談会を計画', '兵庫県社協 ミニ特集 事例②: 太子町社協'],
  ['兵庫県社会福祉協議会', '全国社会福祉協議会', 'REFERRAL_PARTNERSHIP', '2020-04-01', '特例貸付（緊急小口資金・総合支援資金）の実施と償還についての全国的な連絡調整', '全社協 推進方策 I-1① / 兵庫県社協 第8次計画'],
  // ── 小野市（兵庫県） — seed 004 推進方策① 実践事例: 小野市社協 ──
  ['小野市社会福祉協議会', '社会福祉法人きすみ野福祉会', 'JOINT_ACTIVITY', '2018-06-01', '「買い物バスツアー」に介護の専門性のある法人職員が付き添い、車は社協のマイクロバスを使用', '全社協 推進方策 事例: 小野市'],
  ['社会福祉法人きすみ野福祉会', '来住地区住民ボランティアの会', 'JOINT_ACTIVITY', '2018-06-01', '買い物バスツアーの調整役は地域住民のボランティアが担う', '全社協 推進方策 事例: 小野市'],
  ['社会福祉法人きすみ野福祉会', '小野市民生委員児童委員協議会', 'JOINT_ACTIVITY', '2018-06-01', '民生委員も買い物バスツアーに添乗', '全社協 推進方策 事例: 小野市'],
  ['小野市社会福祉協議会', '来住地区自治会連絡会', 'JOINT_ACTIVITY', '2017-10-01', '第2層協議体（来住地区よりそい協議会）の設立と地域の困りごと調査', '全社協 推進方策 事例: 小野市'],
  ['小野市社会福祉協議会', '社会福祉法人おの福祉会', 'AGREEMENT', '2019-09-01', '災害時の福祉避難の受け入れと支援物資の提供に関する協定（デモ用の想定）', '全社協 推進方策 I-2② 災害に強い地域づくり（協定締結の例）'],
  ['小野市社会福祉協議会', '社会福祉法人河合福祉会', 'AGREEMENT', '2019-09-01', '災害ボランティアセンター運営への協力に関する協定（デモ用の想定）', '全社協 推進方策 I-2② 災害に強い地域づくり（協定締結の例）'],
  // ── 宝塚市（兵庫県） — seed 001 ミニ特集 事例① 宝塚市社協 ──
  ['宝塚市社会福祉協議会', 'スミレン’sワークいろり', 'JOINT_ACTIVITY', '2022-10-01', '市社協がいろりを後方支援（いろりの運営は市社協ではない）', '兵庫県社協 ミニ特集 事例①: 宝塚市社協'],
  ['スミレン’sワークいろり', '株式会社たからづか紙工', 'JOINT_ACTIVITY', '2022-10-01', 'いろりが企業から仕事を受注して作業の機会を確保', '兵庫県社協 ミニ特集 事例①: 宝塚市社協'],
  ['スミレン’sワークいろり', '株式会社逆瀬川パッケージ', 'JOINT_ACTIVITY', '2023-04-01', 'いろりへの作業の発注', '兵庫県社協 ミニ特集 事例①: 宝塚市社協'],
  ['宝塚市社会福祉協議会', '社会福祉法人武庫川福祉会', 'REFERRAL_PARTNERSHIP', '2023-06-01', 'ほっとかへんネットとの連携強化（借受世帯の生活課題を法人につなぐ）', '兵庫県社協 ミニ特集 事例①: 宝塚市社協'],
  // ── 太子町（兵庫県揖保郡） — seed 001 ミニ特集 事例② 太子町社協 ──
  ['太子町社会福祉協議会', '太子町役場', 'JOINT_ACTIVITY', '2020-05-01', '町役場と連携してフードバンク活動を実施', '兵庫県社協 ミニ特集 事例②: 太子町社協'],
  ['太子町社会福祉協議会', 'NPO法人たいしフードサポート', 'JOINT_ACTIVITY', '2020-05-01', 'NPO法人と連携してフードバンク活動を実施（通年で食品や日用品の寄付を募る）', '兵庫県社協 ミニ特集 事例②: 太子町社協'],
  ['太子町社会福祉協議会', '太子町民生委員児童委員協議会', 'JOINT_ACTIVITY', '2020-05-01', '民生委員児童委員協議会と連携してフードバンク活動を実施', '兵庫県社協 ミニ特集 事例②: 太子町社協'],
  ['太子町社会福祉協議会', '社会福祉法人いかるが福祉会', 'JOINT_ACTIVITY', '2023-07-01', 'ほっとかへんネットの設立を呼びかけ、法人の専門性を活かした住民向け相談会を計画', '兵庫県社協 ミニ特集 事例②: 太子町社協'],
  ['太子町役場', '太子町民生委員児童委員協議会', 'REFERRAL_PARTNERSHIP', '2020-05-01', '生活に困っている世帯をフードバンクと町社協につなぐ', '兵庫県社協 ミニ特集 事例②: 太子町社協'],
  // ── うきは市（福岡県） — seed 004 推進方策① 実践事例: うきは市社協 ──
  ['うきは市社会福祉協議会', '社会福祉法人耳納福祉会', 'JOINT_ACTIVITY', '2015-04-01', '地域からの依頼を受けて「わくわく福祉出前講座」を開催', '全社協 推進方策 事例: うきは市'],
  ['社会福祉法人白壁会', 'うきは駅前ボランティアの会', 'JOINT_ACTIVITY', '2016-04-01', '施設職員と利用者、ボランティアが一緒に駅等の清掃活動や花（プランター）の寄贈を実施', '全社協 推進方策 事例: うきは市'],
  ['社会福祉法人白壁会', '社会福祉法人うきは光会', 'JOINT_ACTIVITY', '2017-04-01', '施設利用者の声を受けた障害者の居場所づくり・買い物の支援', '全社協 推進方策 事例: うきは市'],
  // ── 鶴田町（青森県） — seed 004 推進方策② 実践事例: 鶴田町社協 ──
  ['鶴田町社会福祉協議会', '鶴田町民生委員児童委員協議会', 'JOINT_ACTIVITY', '2021-03-01', '民生委員・児童委員との連携により「御用聞き」のように個別世帯を訪問（3者協働）', '全社協 推進方策 事例: 鶴田町'],
  ['鶴田町社会福祉協議会', '青森県社会福祉協議会', 'REFERRAL_PARTNERSHIP', '2021-03-01', '「青森県型地域共生社会」西北モデル推進事業（県の委託）と小規模法人のネットワーク化による協働推進事業の活用', '全社協 推進方策 事例: 鶴田町'],
  ['鶴田町社会福祉協議会', '社会福祉法人つるた福祉会', 'AGREEMENT', '2021-10-01', '冬期・災害時の要配慮者の避難受け入れと支援物資の提供に関する協定（デモ用の想定）', '全社協 推進方策 I-2② 災害に強い地域づくり（協定締結の例）'],
  // ── さぬき市（香川県） — seed 004 推進方策② 実践事例: さぬき市社協 ──
  ['さぬき市社会福祉協議会', 'さぬき市民生委員児童委員協議会', 'JOINT_ACTIVITY', '2019-04-01', '民生委員・児童委員と社会福祉法人・福祉施設、社協がつながり地域の課題を解決する仕組みづくり（香川おもいやりネットワーク事業）', '全社協 推進方策 事例: さぬき市'],
  ['香川県社会福祉協議会', 'さぬき市社会福祉協議会', 'JOINT_ACTIVITY', '2019-04-01', '県で実施されている「香川おもいやりネットワーク事業」への参画', '全社協 推進方策 事例: さぬき市'],
  // ── 吹田市（大阪府） — seed 004 推進方策③ 実践事例: 吹田市社協 ──
  ['吹田市社会福祉協議会', '特別養護老人ホーム千里荘', 'REFERRAL_PARTNERSHIP', '2015-04-01', '「吹田しあわせネットワーク」施設による生活困窮者支援', '全社協 推進方策 事例: 吹田市'],
  ['山田保育園', '江坂保育園', 'JOINT_ACTIVITY', '2020-06-01', '保育園の保育士による子育て支援動画「きららとあそぼ！」を配信', '全社協 推進方策 事例: 吹田市'],
  ['特別養護老人ホーム千里荘', '千里山地区福祉委員会', 'JOINT_ACTIVITY', '2006-04-01', '施設・地区福祉委員会との交流会・研修', '全社協 推進方策 事例: 吹田市'],
  ['特別養護老人ホーム山田荘', '山田地区福祉委員会', 'JOINT_ACTIVITY', '2008-04-01', '施設・地区福祉委員会との交流会・研修', '全社協 推進方策 事例: 吹田市'],
  ['吹田市社会福祉協議会', 'NPO法人すいたフードリレー', 'JOINT_ACTIVITY', '2020-06-01', '学生への食の応援セットの配布', '全社協 推進方策 事例: 吹田市'],
  ['吹田市社会福祉協議会', 'NPO法人若者サポートすいた', 'REFERRAL_PARTNERSHIP', '2021-04-01', '就労に不安のある若者を居場所・就労体験につなぐ（デモ用の想定）', '全社協 推進方策② 中間的就労の例'],
  ['NPO法人若者サポートすいた', '株式会社ワークスすいた', 'REFERRAL_PARTNERSHIP', '2021-10-01', '居場所から中間的就労（軽作業）へつなぐ（デモ用の想定）', '全社協 推進方策② 中間的就労の例'],
  ['吹田市社会福祉協議会', '社会福祉法人千里福祉会', 'AGREEMENT', '2019-04-01', '災害時の福祉避難の受け入れと災害ボランティアセンター運営への協力に関する協定（デモ用の想定）', '全社協 推進方策 I-2② 災害に強い地域づくり（協定締結の例）'],
  ['吹田市社会福祉協議会', '社会福祉法人山田会', 'AGREEMENT', '2019-04-01', '災害時の福祉避難の受け入れと支援物資の提供に関する協定（デモ用の想定）', '全社協 推進方策 I-2② 災害に強い地域づくり（協定締結の例）'],
  // ── 稲城市（東京都） — seed 004 推進方策③ 実践事例: 稲城市社協 ──
  ['社会福祉法人矢野口福祉会', '社会福祉法人多摩川会', 'JOINT_ACTIVITY', '2018-06-01', '矢野口地区で複数法人が連携して「子ども食堂」を実施', '全社協 推進方策 事例: 稲城市'],
  ['稲城市社会福祉協議会', '社会福祉法人矢野口福祉会', 'JOINT_ACTIVITY', '2018-04-01', '社協の地域福祉コーディネーターが地区の会議で子ども食堂を説明し、試食会や意見交換の場を設定', '全社協 推進方策 事例: 稲城市'],
  ['稲城市社会福祉協議会', '矢野口自治会', 'JOINT_ACTIVITY', '2018-04-01', '地域の理解や支援を得ながら子ども食堂の準備を進めた', '全社協 推進方策 事例: 稲城市'],
  ['社会福祉法人若葉台福祉会', 'いなぎ学生ボランティアサークル', 'JOINT_ACTIVITY', '2019-04-01', '市内にある大学の学生ボランティアの協力で子どもの学習支援と食事提供を行う居場所', '全社協 推進方策 事例: 稲城市'],
  ['社会福祉法人若葉台福祉会', '社会福祉法人平尾会', 'JOINT_ACTIVITY', '2019-04-01', '複数法人の連携による子どもの学習支援と食事提供の居場所', '全社協 推進方策 事例: 稲城市']
] AS x
MATCH (o1:Organization {name: x[0]}), (o2:Organization {name: x[1]})
CREATE (o1)-[:COLLABORATES_WITH {collaborationKind: x[2], since: date(x[3]), note: x[4], evidence: x[5]}]->(o2);

UNWIND [
  // ── 遠野市（岩手県） — seed 002 4. 実施例 事例1 ──
  ['遠野市社会福祉協議会', '遠野市役所', 'AGREEMENT', '2019-04-01', '「『新たな地域支え合い』に係る連携協定」を市と市社協が締結し、全地区センターへの相談員配置が実現（締結日はデモ用の推定）', '全社協 提言 事例1: 遠野市'],
  ['遠野市社会福祉協議会', '遠野市民生委員児童委員協議会', 'REFERRAL_PARTNERSHIP', '2017-04-01', '丸ごと相談員が担当地区の民児協定例会に参加して地域の困りごとをキャッチ', '全社協 提言 事例1: 遠野市'],
  ['遠野市社会福祉協議会', '遠野市社協 綾織支部', 'JOINT_ACTIVITY', '2017-04-01', '支部社協の活動強化（とおの福祉トップランナー事業）と住民支え合いマップづくり', '全社協 提言 事例1: 遠野市'],
  // ── 古河市（茨城県） — seed 002 4. 実施例 事例2 ──
  ['古河市社会福祉協議会', '株式会社古河みらい建設', 'JOINT_ACTIVITY', '2020-04-01', '地元企業を回って地域づくりに向けた活動への協力金を呼びかけ', '全社協 提言 事例2: 古河市'],
  ['古河市社会福祉協議会', '株式会社わたらせ食品', 'JOINT_ACTIVITY', '2020-04-01', '地域づくりに向けた活動への協力金', '全社協 提言 事例2: 古河市'],
  ['古河市社会福祉協議会', '古河市役所', 'REFERRAL_PARTNERSHIP', '2019-04-01', '地域力強化事業で市内の企業や市役所の福祉以外の部署等、これまでつながりのなかった機関とつながった', '全社協 提言 事例2: 古河市'],
  ['古河市社会福祉協議会', '中田ふれあいサロン', 'REFERRAL_PARTNERSHIP', '2019-04-01', 'サロン会場の「地域のふくし相談窓口」: サロンの活動者が参加者から聞いた相談を市社協につなぐ', '全社協 提言 事例2: 古河市'],
  ['古河市社会福祉協議会', 'ももちゃんお助け隊', 'JOINT_ACTIVITY', '2019-04-01', '地域サポーター養成講座の修了者が協力会員として活動', '全社協 提言 事例2: 古河市'],
  // ── 鳩山町（埼玉県） — seed 002 4. 実施例 事例3 ──
  ['鳩山町社会福祉協議会', '鳩山町役場 水道課', 'REFERRAL_PARTNERSHIP', '2021-04-01', '行政の水道課からの気になる世帯の情報をもとに訪問相談', '全社協 提言 事例3: 鳩山町'],
  ['鳩山町社会福祉協議会', '鳩山町役場 町民課', 'REFERRAL_PARTNERSHIP', '2021-04-01', '町民課からの気になる世帯の情報をもとに訪問相談', '全社協 提言 事例3: 鳩山町'],
  ['鳩山町社会福祉協議会', '鳩山町役場', 'JOINT_ACTIVITY', '2019-04-01', '第2次鳩山町地域福祉推進プラン（地域福祉計画と地域福祉活動計画の一体計画）に取り組みを明記し、理念や目的・手法を共有', '全社協 提言 事例3: 鳩山町'],
  ['鳩山町社会福祉協議会', 'ふくしプラザ ボランティアの会', 'JOINT_ACTIVITY', '2019-04-01', 'ボランティアの意見を聞いて活動につなげ、気になる世帯の情報も共有', '全社協 提言 事例3: 鳩山町'],
  // ── 坂井市（福井県） — seed 002 4. 実施例 事例4 ──
  ['坂井市社会福祉協議会', 'ハローワーク三国', 'JOINT_ACTIVITY', '2020-04-01', '第3次計画の策定委員にハローワーク職員が加わり、福祉にとらわれない「まちづくり」の視点が増えた', '全社協 提言 事例4: 坂井市'],
  ['坂井市社会福祉協議会', '坂井市教育委員会', 'JOINT_ACTIVITY', '2020-04-01', '第3次計画の策定委員に教育委員会が加わった', '全社協 提言 事例4: 坂井市'],
  ['坂井市社会福祉協議会', '坂井町まちづくり協議会', 'JOINT_ACTIVITY', '2018-04-01', 'コミュニティデータシートをもとにした話し合いからオンデマンドバスの実験的運行', '全社協 提言 事例4: 坂井市'],
  ['坂井市社会福祉協議会', '雄島地区ふくしの会', 'JOINT_ACTIVITY', '2018-04-01', '住民が行いたい活動を支援するスタンスで話し合い、高齢者の交流拠点を立ち上げ', '全社協 提言 事例4: 坂井市'],
  // ── 大阪狭山市（大阪府） — seed 002 4. 実施例 事例5 ──
  ['大阪狭山市社会福祉協議会', '大阪狭山市地域包括支援センター', 'JOINT_ACTIVITY', '2019-11-01', '市社協が受託する地域包括支援センター。包括的相談支援事業として一体的に実施', '全社協 提言 事例5: 大阪狭山市'],
  ['大阪狭山市社会福祉協議会', '大阪狭山市基幹相談支援センター', 'JOINT_ACTIVITY', '2019-11-01', '市社協が受託する基幹相談支援センター。包括的相談支援事業として一体的に実施', '全社協 提言 事例5: 大阪狭山市'],
  ['大阪狭山市社会福祉協議会', '大阪狭山市生活サポートセンター', 'JOINT_ACTIVITY', '2019-11-01', '市社協が受託する生活サポートセンター（生活困窮者自立支援事業）。包括的相談支援事業として一体的に実施', '全社協 提言 事例5: 大阪狭山市'],
  ['大阪狭山市社会福祉協議会', '大阪狭山市子育て支援センター', 'REFERRAL_PARTNERSHIP', '2021-04-01', '行政で運営している子育て支援センターを加え、属性や世代を問わず包括的に相談を受け止める', '全社協 提言 事例5: 大阪狭山市'],
  ['大阪狭山市社会福祉協議会', '大阪狭山市役所', 'JOINT_ACTIVITY', '2021-04-01', '市役所内の関係部署と各相談支援機関に「重層支援担当」を配置し、支援経過を共有', '全社協 提言 事例5: 大阪狭山市'],
  ['大阪狭山市社会福祉協議会', '社会福祉法人さやま池福祉会', 'JOINT_ACTIVITY', '2021-04-01', '施設連絡会の社会貢献事業として福祉施設の業務から切り分け、参加支援の受け入れ先に', '全社協 提言 事例5: 大阪狭山市'],
  ['大阪狭山市社会福祉協議会', '社会福祉法人金剛会', 'JOINT_ACTIVITY', '2021-04-01', '業務の切り分けによる参加支援の受け入れと定着支援', '全社協 提言 事例5: 大阪狭山市'],
  ['大阪狭山市社会福祉協議会', '東地区福祉委員会', 'JOINT_ACTIVITY', '2020-04-01', '地域力強化推進事業で地区福祉委員会を強化。世代や属性を超えた居場所の整備', '全社協 提言 事例5: 大阪狭山市'],
  // ── 松江市（島根県） — seed 002 4. 実施例 事例6 ──
  ['松江市社会福祉協議会', '松江市 福祉総務課', 'JOINT_ACTIVITY', '2021-04-01', '重層的支援会議の共同事務局', '全社協 提言 事例6: 松江市'],
  ['松江市社会福祉協議会', '法テラス島根', 'REFERRAL_PARTNERSHIP', '2018-04-01', 'セーフティネット会議 権利擁護部会での連携（司法）', '全社協 提言 事例6: 松江市'],
  ['松江市社会福祉協議会', '松江市 住宅政策課', 'REFERRAL_PARTNERSHIP', '2018-04-01', 'セーフティネット会議 生活困窮部会での連携（住宅）', '全社協 提言 事例6: 松江市'],
  ['松江市社会福祉協議会', '松江しんじ湖総合病院', 'REFERRAL_PARTNERSHIP', '2018-04-01', 'セーフティネット会議での連携（医療）', '全社協 提言 事例6: 松江市'],
  ['松江市社会福祉協議会', '松江市生活困窮者自立相談支援センター', 'JOINT_ACTIVITY', '2018-04-01', '市社協が受託する自立相談支援機関', '全社協 提言 事例6: 松江市'],
  ['松江市社会福祉協議会', '城北地区社会福祉協議会', 'JOINT_ACTIVITY', '2017-04-01', '公民館活動と地区社協活動を一体的に展開', '全社協 提言 事例6: 松江市'],
  ['松江市社会福祉協議会', '雑賀地区社会福祉協議会', 'JOINT_ACTIVITY', '2017-04-01', '公民館活動と地区社協活動を一体的に展開', '全社協 提言 事例6: 松江市'],
  ['松江市社会福祉協議会', '松江市民生委員児童委員協議会', 'JOINT_ACTIVITY', '2017-04-01', 'CSWによる民生委員・児童委員活動やサロン活動の支援', '全社協 提言 事例6: 松江市'],
  // ── 日向市（宮崎県） — seed 002 4. 実施例 事例7 ──
  ['日向市社会福祉協議会', '宮崎県社会福祉協議会', 'JOINT_ACTIVITY', '2013-11-01', '県社協の地域福祉コーディネーター養成講座の市内修了生を組織化し「おせっ会」を設立', '全社協 提言 事例7: 日向市'],
  ['日向市社会福祉協議会', 'NPO法人日向フードサポート', 'JOINT_ACTIVITY', '2016-04-01', 'ふくし食堂への食材提供（デモ用の想定）', '全社協 提言 事例7: 日向市'],
  ['日向市社会福祉協議会', '社会福祉法人細島会', 'AGREEMENT', '2020-04-01', '災害時の福祉避難の受け入れと支援物資の提供に関する協定（デモ用の想定）', '全社協 推進方策 I-2② 災害に強い地域づくり（協定締結の例）'],
  ['日向市社会福祉協議会', '社会福祉法人美々津福祉会', 'REFERRAL_PARTNERSHIP', '2021-04-01', '就労体験の受け入れ（日向市社会福祉施設等連絡会との協働。デモ用の想定）', '全社協 提言 事例7: 日向市']
] AS x
MATCH (o1:Organization {name: x[0]}), (o2:Organization {name: x[1]})
CREATE (o1)-[:COLLABORATES_WITH {collaborationKind: x[2], since: date(x[3]), note: x[4], evidence: x[5]}]->(o2);

// A 社協 tied to every organisation of a set: [council, municipality, kind of the others, agencyType, kind of tie, since, note, evidence]
UNWIND [
  ['鶴田町社会福祉協議会', '023841', 'SOCIAL_WELFARE_CORPORATION', null, 'REFERRAL_PARTNERSHIP', '2021-03-01',
   '各法人単独では対応困難な相談は社協が主な調整役となり、民生委員・児童委員や関係団体と連携し、適切な専門機関へつなぐ', '全社協 推進方策 事例: 鶴田町'],
  ['さぬき市社会福祉協議会', '372064', 'SOCIAL_WELFARE_CORPORATION', null, 'REFERRAL_PARTNERSHIP', '2019-04-01',
   '毎月の個別ケース検討会で、様々なルートから上がってくる地域生活課題を法人の専門性・社会資源等を活かして支援につなぐ', '全社協 推進方策 事例: さぬき市'],
  ['松江市社会福祉協議会', '322016', 'SUPPORT_AGENCY', 'COMMUNITY_GENERAL_SUPPORT_CENTER', 'JOINT_ACTIVITY', '2019-04-01',
   '市社協が受託する地域包括支援センター内にCSWを配置し「地域福祉ステーション」として地域の総合相談の拠点に', '全社協 提言 事例6: 松江市']
] AS x
MATCH (k:Organization {name: x[0]})
MATCH (c:Organization)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..1]->(:Municipality {code: x[1]})
WHERE c.kind = x[2] AND (x[3] IS NULL OR c.agencyType = x[3])
CREATE (k)-[:COLLABORATES_WITH {collaborationKind: x[4], since: date(x[5]), note: x[6], evidence: x[7]}]->(c);

// ---------------------------------------------------------------------
// 11. Commissions: who runs which function of 重層的支援体制整備事業 (seed 002 図表3) in the municipalities seed 002
//     describes, how (mode: COMMISSIONED 委託 / DIRECT 直営 / SUBSIDY 補助) and under which programme:
//     JUSO 重層的支援体制整備事業 (from 2021-04), JUSO_OR_TRANSITION where the seed shows the function among its
//     「重層的支援体制整備事業・移行準備事業の実施例」 without saying which, EXISTING_SYSTEM for the existing programmes
//     functions 1 and 3 are made of (地域包括支援センター, 自立相談支援, 生活支援体制整備), and the model projects that
//     came before 重層 (MODEL_MULTI_AGENCY 多機関協働, MODEL_COMMUNITY_STRENGTH 地域力強化推進事業), which are the
//     functions' history and cover nothing. since: when the organisation took it on; periodFrom/periodTo: the
//     programme's period (null: not given by the seed). Functions the seed does not mention stay unrecorded: 不明,
//     not a gap. 6 支援プラン is run together with 5 多機関協働 (図表3) and has no row of its own unless the seed
//     names it. Function codes: 1 相談支援 (1.1 介護 / 1.2 障害 / 1.3 子ども / 1.4 困窮), 2 参加支援,
//     3 地域づくり (3.1 介護予防 / 3.2 生活支援体制整備 / 3.3 地域活動支援センター / 3.4 地域子育て支援拠点),
//     4 アウトリーチ等継続的支援, 5 多機関協働, 6 支援プラン.
//     Row: [organisation, function, municipality, since, note, programme, mode, periodFrom]
// ---------------------------------------------------------------------
UNWIND [
  // ── 遠野市（岩手県） — seed 002 4. 実施例 事例1: モデル事業 平成29年度～多機関協働 ──
  ['遠野市社会福祉協議会', '5', '032085', '2017-04-01', '平成29年度～ 多機関協働による包括的支援体制構築事業（モデル事業）を受託。丸ごと相談員を地区センター（公民館）に配置し、担当地区に出向いて困りごとをキャッチ', 'MODEL_MULTI_AGENCY', 'COMMISSIONED', '2017-04-01'],
  // ── 古河市（茨城県） — seed 002 4. 実施例 事例2: モデル事業 平成31年度～地域力強化推進事業 ──
  ['古河市社会福祉協議会', '3.2', '082040', '2016-04-01', '平成28年度から生活支援体制整備事業を受託', 'EXISTING_SYSTEM', 'COMMISSIONED', '2016-04-01'],
  ['古河市社会福祉協議会', '3', '082040', '2019-04-01', '平成31年度～ 地域力強化推進事業（モデル事業）を受託。生活支援体制整備事業の協議体を活用して地域の課題を吸い上げ', 'MODEL_COMMUNITY_STRENGTH', 'COMMISSIONED', '2019-04-01'],
  // ── 鳩山町（埼玉県） — seed 002 4. 実施例 事例3: 重層的支援体制整備事業（行政担当者から重層事業の内容を聞き取り組む） ──
  ['鳩山町社会福祉協議会', '4', '113484', '2021-04-01', '重層事業のアウトリーチ等継続的支援事業として訪問相談を強化。ボランティアや水道課・町民課からの気になる世帯の情報をもとに訪問（開始日はデモ用の推定）', 'JUSO', 'COMMISSIONED', '2021-04-01'],
  ['鳩山町社会福祉協議会', '5', '113484', '2021-04-01', '相談支援包括化推進員2名を配置。重層的支援会議（個別ケース会議・全体会議）を運営（開始日はデモ用の推定）', 'JUSO', 'COMMISSIONED', '2021-04-01'],
  ['鳩山町社会福祉協議会', '6', '113484', '2021-04-01', '相談支援包括化推進員が世帯全体の課題をアセスメントし支援プランを作成、個別ケース会議で月1回協議（多機関協働と一体的に実施）', 'JUSO', 'COMMISSIONED', '2021-04-01'],
  // ── 坂井市（福井県） — seed 002 4. 実施例 事例4: モデル事業 平成30年度～地域力強化推進事業 ──
  ['坂井市社会福祉協議会', '3.2', '182109', '2017-04-01', '平成29年度から生活支援体制整備事業を受託。第1層（市域）に1名、第2層（合併前の町域）に1名ずつ生活支援コーディネーターを配置', 'EXISTING_SYSTEM', 'COMMISSIONED', '2017-04-01'],
  ['坂井市社会福祉協議会', '3', '182109', '2018-04-01', '平成30年度～ 地域力強化推進事業（モデル事業）を受託。コミュニティデータシートで地域の見える化', 'MODEL_COMMUNITY_STRENGTH', 'COMMISSIONED', '2018-04-01'],
  ['坂井市社会福祉協議会', '2', '182109', null, '参加支援を行うコーディネーターを社協に1名配置（重層・移行準備事業の実施例として。開始時期は記載なし）', 'JUSO_OR_TRANSITION', 'COMMISSIONED', null],
  // ── 大阪狭山市（大阪府） — seed 002 4. 実施例 事例5: モデル事業 令和元年度～多機関協働、令和2年度～地域力強化。
  //    令和2年10月に重層事業の委託の打診を受け受託 ──
  ['大阪狭山市社会福祉協議会', '5', '272311', '2019-11-01', '令和元年11月～ 多機関の協働による包括的支援体制構築事業（モデル事業）を受託。地域包括・基幹相談・生活困窮の相談支援事業を一体的に実施するため', 'MODEL_MULTI_AGENCY', 'COMMISSIONED', '2019-11-01'],
  ['大阪狭山市社会福祉協議会', '3', '272311', '2020-04-01', '令和2年度～ 地域力強化推進事業（モデル事業）を受託。9つの地区福祉委員会の強化', 'MODEL_COMMUNITY_STRENGTH', 'COMMISSIONED', '2020-04-01'],
  ['大阪狭山市社会福祉協議会', '1.1', '272311', '2021-04-01', '包括的相談支援事業【介護】: 市社協が受託している地域包括支援センター（重層事業の開始日はデモ用の推定）', 'JUSO', 'COMMISSIONED', '2021-04-01'],
  ['大阪狭山市社会福祉協議会', '1.2', '272311', '2021-04-01', '包括的相談支援事業【障害】: 市社協が受託している基幹相談支援センター', 'JUSO', 'COMMISSIONED', '2021-04-01'],
  ['大阪狭山市子育て支援センター', '1.3', '272311', '2021-04-01', '包括的相談支援事業【子ども】: 行政で運営している子育て支援センター（直営）', 'JUSO', 'DIRECT', '2021-04-01'],
  ['大阪狭山市社会福祉協議会', '1.4', '272311', '2021-04-01', '包括的相談支援事業【困窮】: 市社協が受託している生活サポートセンター', 'JUSO', 'COMMISSIONED', '2021-04-01'],
  ['大阪狭山市社会福祉協議会', '2', '272311', '2021-04-01', '参加支援事業: 就労準備支援事業、ボランティアセンター、小地域ネットワーク活動、施設連絡会の社会貢献事業による業務の切り分け', 'JUSO', 'COMMISSIONED', '2021-04-01'],
  ['大阪狭山市社会福祉協議会', '3.2', '272311', '2021-04-01', '地域づくり事業: 生活支援体制整備事業、ボランティアセンター、小地域ネットワーク活動、地区福祉委員会の活動', 'JUSO', 'COMMISSIONED', '2021-04-01'],
  ['大阪狭山市社会福祉協議会', '5', '272311', '2021-04-01', '複合化したケース等は相談支援包括化推進員がバックアップし、全体のコーディネートを行う（支援プランの作成と一体的に実施）', 'JUSO', 'COMMISSIONED', '2021-04-01'],
  // ── 松江市（島根県） — seed 002 4. 実施例 事例6: モデル事業 平成29年度～多機関協働・地域力強化 ──
  ['松江市社会福祉協議会', '5', '322016', '2017-04-01', '平成29年度～ 多機関の協働による包括的支援体制構築事業（モデル事業）を受託', 'MODEL_MULTI_AGENCY', 'COMMISSIONED', '2017-04-01'],
  ['松江市社会福祉協議会', '3', '322016', '2017-04-01', '平成29年度～ 地域力強化推進事業（モデル事業）を受託。公民館を基盤とした住民主体の地域づくり', 'MODEL_COMMUNITY_STRENGTH', 'COMMISSIONED', '2017-04-01'],
  ['松江市社会福祉協議会', '1.1', '322016', null, '市内全6カ所の地域包括支援センターを市社協が受託（令和元年度からCSWを配置し「地域福祉ステーション」）。受託の開始時期は記載なし', 'EXISTING_SYSTEM', 'COMMISSIONED', null],
  ['松江市社会福祉協議会', '1.4', '322016', null, '生活困窮者の自立相談支援機関を市社協が受託。受託の開始時期は記載なし', 'EXISTING_SYSTEM', 'COMMISSIONED', null],
  ['松江市社会福祉協議会', '5', '322016', null, '重層的支援会議は市の福祉総務課と市社協が共同事務局を担い、解決困難な事例を再整理（重層・移行準備事業の実施例として。開始時期は記載なし）', 'JUSO_OR_TRANSITION', 'COMMISSIONED', null],
  // ── 日向市（宮崎県） — seed 002 4. 実施例 事例7: モデル事業 平成30年度～地域力強化推進事業 ──
  ['日向市社会福祉協議会', '3', '452068', '2018-04-01', '平成30年度～ 地域力強化推進事業（モデル事業）を受託', 'MODEL_COMMUNITY_STRENGTH', 'COMMISSIONED', '2018-04-01']
] AS x
MATCH (o:Organization {name: x[0]}), (f:SupportFunction {code: x[1]}), (m:Municipality {code: x[2]})
CREATE (c:Commission {id: randomUUID(), since: date(x[3]), note: x[4], programme: x[5], mode: x[6], periodFrom: date(x[7]),
  archived: false, createdAt: datetime(), updatedAt: datetime()})
CREATE (c)-[:COMMISSIONED_ORG]->(o)
CREATE (c)-[:FOR_FUNCTION]->(f)
CREATE (c)-[:IN_MUNICIPALITY]->(m);

// ---------------------------------------------------------------------
// 12. Households (synthetic, no names, no addresses). Seeds 000/004: コロナ特例貸付で顕在化した世帯
//     (フリーランス, 若年・中年層, 外国籍, ひとり親 …) with compound issues (家計, 就労, 債務, 食料 …), 8050,
//     ダブルケア, ヤングケアラー (002), social isolation (003). They live in a District where known, else the
//     Municipality, DV households only at municipality level.
// ---------------------------------------------------------------------
UNWIND [
  ['HH-282189-0001', 1, ['SINGLE_ELDERLY'], 'NONE', '282189-kisumi'],
  ['HH-282189-0002', 3, ['FREELANCE'], 'NONE', '282189'],
  ['HH-282189-0003', 2, ['ELDERLY_COUPLE'], 'NONE', '282189-kawai'],
  ['HH-282189-0004', 4, ['FOREIGN_NATIONALITY'], 'NONE', '282189-ichiba'],
  ['HH-282189-0005', 1, [], 'NONE', '282189-ichiba'],
  ['HH-282146-0001', 1, ['HIKIKOMORI'], 'NONE', '282146'],
  ['HH-282146-0002', 3, ['SINGLE_PARENT'], 'NONE', '282146'],
  ['HH-282146-0003', 2, ['EIGHTY_FIFTY','HIKIKOMORI'], 'NONE', '282146'],
  ['HH-282146-0004', 4, ['DOUBLE_CARE'], 'NONE', '282146'],
  ['HH-284645-0001', 1, ['SINGLE_ELDERLY'], 'NONE', '284645-ikaruga'],
  ['HH-284645-0002', 3, ['SINGLE_PARENT'], 'NONE', '284645-ota'],
  ['HH-284645-0003', 2, ['FREELANCE'], 'NONE', '284645-sekkai'],
  ['HH-402257-0001', 1, ['DISABILITY'], 'NONE', '402257-yoshii'],
  ['HH-402257-0002', 2, ['ELDERLY_COUPLE'], 'NONE', '402257-ukiha'],
  ['HH-023841-0001', 1, ['SINGLE_ELDERLY'], 'NONE', '023841-tsuruta'],
  ['HH-023841-0002', 2, ['EIGHTY_FIFTY'], 'NONE', '023841-rokugo'],
  ['HH-023841-0003', 5, ['DOUBLE_CARE','YOUNG_CARER'], 'NONE', '023841-mizumoto'],
  ['HH-023841-0004', 1, ['SINGLE_ELDERLY','DISABILITY'], 'NONE', '023841-umezawa'],
  ['HH-372064-0001', 1, ['SINGLE_ELDERLY'], 'NONE', '372064-shido'],
  ['HH-372064-0002', 3, ['DISABILITY','EIGHTY_FIFTY'], 'NONE', '372064-tsuda'],
  ['HH-272051-0001', 3, ['SINGLE_PARENT'], 'DV', '272051'],
  ['HH-272051-0002', 1, ['SINGLE_ELDERLY'], 'NONE', '272051-satakedai'],
  ['HH-272051-0003', 2, ['FREELANCE'], 'NONE', '272051-yamada'],
  ['HH-272051-0004', 4, ['FOREIGN_NATIONALITY'], 'NONE', '272051-kishibe'],
  ['HH-272051-0005', 1, ['HIKIKOMORI'], 'NONE', '272051-senriyama'],
  ['HH-132250-0001', 3, ['SINGLE_PARENT'], 'NONE', '132250-yanokuchi'],
  ['HH-132250-0002', 4, ['DOUBLE_CARE'], 'NONE', '132250-hirao'],
  ['HH-132250-0003', 2, ['FREELANCE'], 'NONE', '132250'],
  ['HH-032085-0001', 1, ['SINGLE_ELDERLY'], 'NONE', '032085-ayaori'],
  ['HH-032085-0002', 2, ['EIGHTY_FIFTY','HIKIKOMORI'], 'NONE', '032085-tsuchibuchi'],
  ['HH-032085-0003', 3, ['FOREIGN_NATIONALITY'], 'NONE', '032085-miyamori'],
  ['HH-082040-0001', 1, ['SINGLE_ELDERLY'], 'NONE', '082040-koga'],
  ['HH-082040-0002', 4, ['SINGLE_PARENT','FOREIGN_NATIONALITY'], 'NONE', '082040-sowa'],
  ['HH-113484-0001', 2, ['EIGHTY_FIFTY','DISABILITY'], 'NONE', '113484-newtown'],
  ['HH-113484-0002', 1, ['SINGLE_ELDERLY'], 'NONE', '113484-newtown'],
  ['HH-113484-0003', 3, ['DISABILITY'], 'NONE', '113484'],
  ['HH-182109-0001', 1, ['SINGLE_ELDERLY'], 'NONE', '182109-mikuni'],
  ['HH-182109-0002', 1, ['HIKIKOMORI'], 'NONE', '182109-maruoka'],
  ['HH-272311-0001', 2, ['ELDERLY_COUPLE'], 'NONE', '272311-higashi'],
  ['HH-272311-0002', 1, ['HIKIKOMORI'], 'NONE', '272311-nishi'],
  ['HH-272311-0003', 3, ['FREELANCE'], 'NONE', '272311-minami'],
  ['HH-322016-0001', 2, ['SINGLE_PARENT'], 'DV', '322016'],
  ['HH-322016-0002', 1, ['SINGLE_ELDERLY'], 'NONE', '322016-johoku'],
  ['HH-322016-0003', 4, ['FOREIGN_NATIONALITY'], 'NONE', '322016-saika'],
  ['HH-452068-0001', 1, ['SINGLE_ELDERLY'], 'NONE', '452068-zaikoji'],
  ['HH-452068-0002', 3, ['EIGHTY_FIFTY','DISABILITY'], 'NONE', '452068-togo'],
  ['HH-452068-0003', 2, ['FREELANCE'], 'NONE', '452068-mimitsu']
] AS x
MATCH (a:Area {code: x[4]})
CREATE (h:Household {id: randomUUID(), code: x[0], memberCount: x[1], flags: x[2], protection: x[3], generated: true,
  archived: false, createdAt: datetime(), updatedAt: datetime()})
CREATE (h)-[:LIVES_IN]->(a);

// Issues (地域生活課題): household, need, since, status
UNWIND [
  ['HH-282189-0001','mobility_shopping','2017-10-01','IN_PROGRESS'], ['HH-282189-0001','isolation','2018-01-15','IN_PROGRESS'], ['HH-282189-0001','long_term_care','2021-05-10','OPEN'],
  ['HH-282189-0002','household_finance','2020-05-01','IN_PROGRESS'], ['HH-282189-0002','debt','2023-02-01','OPEN'], ['HH-282189-0002','employment','2020-05-01','RESOLVED'],
  ['HH-282189-0003','long_term_care','2022-04-01','IN_PROGRESS'], ['HH-282189-0003','isolation','2023-01-20','OPEN'],
  ['HH-282189-0004','employment','2020-06-01','IN_PROGRESS'], ['HH-282189-0004','household_finance','2020-06-01','OPEN'], ['HH-282189-0004','education','2022-04-01','OPEN'], ['HH-282189-0004','debt','2023-04-01','OPEN'],
  // HH-282189-0005 (seed 000: 若年・中年層の単身世帯, 継続的な支援を受ける意思がない): the first two steps of the risk
  // pathways 失業→生活苦→多重債務→うつ病→自殺 (自殺の危機経路, seed 003), recorded at the 償還 consultation, no one supports it yet
  ['HH-282189-0005','unemployment','2020-04-01','OPEN'], ['HH-282189-0005','hardship','2020-04-01','OPEN'],
  ['HH-282146-0001','hikikomori','2019-04-01','IN_PROGRESS'], ['HH-282146-0001','employment','2021-01-10','IN_PROGRESS'], ['HH-282146-0001','household_finance','2020-06-15','IN_PROGRESS'], ['HH-282146-0001','mental_health','2019-04-01','OPEN'],
  ['HH-282146-0002','childcare','2020-04-20','IN_PROGRESS'], ['HH-282146-0002','household_finance','2020-04-20','IN_PROGRESS'], ['HH-282146-0002','debt','2023-03-01','OPEN'], ['HH-282146-0002','food','2022-10-01','OPEN'],
  ['HH-282146-0003','long_term_care','2022-06-01','IN_PROGRESS'], ['HH-282146-0003','hikikomori','2022-06-01','OPEN'], ['HH-282146-0003','household_finance','2020-07-01','IN_PROGRESS'], ['HH-282146-0003','isolation','2022-06-01','OPEN'],
  ['HH-282146-0004','long_term_care','2024-02-01','IN_PROGRESS'], ['HH-282146-0004','childcare','2024-02-01','IN_PROGRESS'], ['HH-282146-0004','employment','2024-05-01','OPEN'],
  ['HH-284645-0001','food','2020-06-01','IN_PROGRESS'], ['HH-284645-0001','isolation','2020-06-01','IN_PROGRESS'], ['HH-284645-0001','household_finance','2020-06-01','OPEN'],
  ['HH-284645-0002','food','2020-05-01','RESOLVED'], ['HH-284645-0002','childcare','2020-05-01','IN_PROGRESS'], ['HH-284645-0002','household_finance','2020-05-01','IN_PROGRESS'], ['HH-284645-0002','employment','2021-01-10','IN_PROGRESS'],
  ['HH-284645-0003','household_finance','2020-04-20','OPEN'], ['HH-284645-0003','debt','2020-10-01','OPEN'], ['HH-284645-0003','multiple_debt','2023-01-15','OPEN'], ['HH-284645-0003','mental_health','2023-06-01','OPEN'],
  ['HH-402257-0001','disability','2017-06-01','IN_PROGRESS'], ['HH-402257-0001','isolation','2017-06-01','IN_PROGRESS'], ['HH-402257-0001','mobility_shopping','2017-06-01','RESOLVED'],
  ['HH-402257-0002','long_term_care','2021-04-01','IN_PROGRESS'], ['HH-402257-0002','mobility_shopping','2022-01-01','OPEN'],
  ['HH-023841-0001','mobility_shopping','2021-03-10','IN_PROGRESS'], ['HH-023841-0001','isolation','2021-03-10','IN_PROGRESS'], ['HH-023841-0001','long_term_care','2022-11-01','OPEN'],
  ['HH-023841-0002','long_term_care','2021-06-01','IN_PROGRESS'], ['HH-023841-0002','hikikomori','2021-06-01','OPEN'], ['HH-023841-0002','household_finance','2021-06-01','IN_PROGRESS'], ['HH-023841-0002','isolation','2021-06-01','OPEN'],
  ['HH-023841-0003','childcare','2022-04-01','IN_PROGRESS'], ['HH-023841-0003','long_term_care','2022-04-01','IN_PROGRESS'], ['HH-023841-0003','education','2022-04-01','OPEN'],
  ['HH-023841-0004','disability','2021-05-01','IN_PROGRESS'], ['HH-023841-0004','mobility_shopping','2021-05-01','IN_PROGRESS'], ['HH-023841-0004','isolation','2021-05-01','OPEN'],
  ['HH-372064-0001','long_term_care','2019-05-01','IN_PROGRESS'], ['HH-372064-0001','isolation','2019-05-01','IN_PROGRESS'], ['HH-372064-0001','household_finance','2020-02-01','RESOLVED'],
  ['HH-372064-0002','disability','2020-10-01','IN_PROGRESS'], ['HH-372064-0002','employment','2020-10-01','OPEN'], ['HH-372064-0002','household_finance','2021-02-01','IN_PROGRESS'],
  ['HH-272051-0001','violence_abuse','2021-09-01','IN_PROGRESS'], ['HH-272051-0001','childcare','2021-09-01','IN_PROGRESS'], ['HH-272051-0001','household_finance','2021-09-01','IN_PROGRESS'], ['HH-272051-0001','housing','2021-09-01','RESOLVED'],
  ['HH-272051-0002','isolation','2020-09-01','IN_PROGRESS'], ['HH-272051-0002','long_term_care','2023-03-01','OPEN'], ['HH-272051-0002','food','2020-09-01','RESOLVED'],
  ['HH-272051-0003','household_finance','2020-04-15','IN_PROGRESS'], ['HH-272051-0003','debt','2023-01-20','OPEN'], ['HH-272051-0003','employment','2020-04-15','RESOLVED'],
  ['HH-272051-0004','employment','2020-05-01','IN_PROGRESS'], ['HH-272051-0004','education','2021-04-01','IN_PROGRESS'], ['HH-272051-0004','household_finance','2020-05-01','OPEN'], ['HH-272051-0004','housing','2022-09-01','OPEN'],
  ['HH-272051-0005','hikikomori','2021-06-01','IN_PROGRESS'], ['HH-272051-0005','employment','2022-01-10','IN_PROGRESS'], ['HH-272051-0005','mental_health','2021-06-01','OPEN'],
  ['HH-132250-0001','food','2019-01-01','IN_PROGRESS'], ['HH-132250-0001','childcare','2019-01-01','IN_PROGRESS'], ['HH-132250-0001','household_finance','2020-05-01','OPEN'],
  ['HH-132250-0002','childcare','2023-04-01','IN_PROGRESS'], ['HH-132250-0002','long_term_care','2023-04-01','IN_PROGRESS'], ['HH-132250-0002','education','2024-04-01','OPEN'],
  ['HH-132250-0003','household_finance','2020-04-10','IN_PROGRESS'], ['HH-132250-0003','debt','2023-01-10','OPEN'], ['HH-132250-0003','employment','2020-04-10','OPEN'],
  ['HH-032085-0001','isolation','2018-05-01','IN_PROGRESS'], ['HH-032085-0001','long_term_care','2020-11-01','IN_PROGRESS'], ['HH-032085-0001','mobility_shopping','2018-05-01','OPEN'],
  ['HH-032085-0002','hikikomori','2019-03-01','IN_PROGRESS'], ['HH-032085-0002','long_term_care','2019-03-01','IN_PROGRESS'], ['HH-032085-0002','household_finance','2019-03-01','OPEN'], ['HH-032085-0002','isolation','2019-03-01','OPEN'],
  ['HH-032085-0003','employment','2020-06-01','IN_PROGRESS'], ['HH-032085-0003','education','2021-04-01','OPEN'], ['HH-032085-0003','isolation','2020-06-01','OPEN'],
  ['HH-082040-0001','isolation','2019-06-01','IN_PROGRESS'], ['HH-082040-0001','long_term_care','2022-01-01','OPEN'],
  ['HH-082040-0002','household_finance','2020-05-01','IN_PROGRESS'], ['HH-082040-0002','childcare','2020-05-01','IN_PROGRESS'], ['HH-082040-0002','employment','2020-05-01','IN_PROGRESS'], ['HH-082040-0002','debt','2023-02-01','OPEN'],
  ['HH-113484-0001','mental_health','2021-05-01','IN_PROGRESS'], ['HH-113484-0001','household_finance','2021-05-01','IN_PROGRESS'], ['HH-113484-0001','long_term_care','2021-05-01','OPEN'], ['HH-113484-0001','isolation','2021-05-01','OPEN'],
  ['HH-113484-0002','isolation','2019-04-01','IN_PROGRESS'], ['HH-113484-0002','long_term_care','2022-01-10','IN_PROGRESS'], ['HH-113484-0002','mobility_shopping','2019-04-01','OPEN'],
  ['HH-113484-0003','household_finance','2022-06-01','IN_PROGRESS'], ['HH-113484-0003','debt','2022-06-01','OPEN'], ['HH-113484-0003','disability','2022-06-01','IN_PROGRESS'], ['HH-113484-0003','mental_health','2022-06-01','OPEN'],
  ['HH-182109-0001','isolation','2019-05-01','IN_PROGRESS'], ['HH-182109-0001','mobility_shopping','2019-05-01','IN_PROGRESS'],
  ['HH-182109-0002','hikikomori','2021-06-01','IN_PROGRESS'], ['HH-182109-0002','employment','2022-03-01','IN_PROGRESS'], ['HH-182109-0002','isolation','2021-06-01','OPEN'],
  ['HH-272311-0001','long_term_care','2020-04-01','IN_PROGRESS'], ['HH-272311-0001','isolation','2021-06-01','IN_PROGRESS'],
  ['HH-272311-0002','employment','2021-05-01','IN_PROGRESS'], ['HH-272311-0002','hikikomori','2021-05-01','IN_PROGRESS'], ['HH-272311-0002','mental_health','2021-05-01','OPEN'],
  ['HH-272311-0003','household_finance','2020-04-20','IN_PROGRESS'], ['HH-272311-0003','debt','2022-12-01','IN_PROGRESS'], ['HH-272311-0003','multiple_debt','2023-03-01','OPEN'],
  ['HH-322016-0001','violence_abuse','2022-02-01','IN_PROGRESS'], ['HH-322016-0001','housing','2022-02-01','IN_PROGRESS'], ['HH-322016-0001','household_finance','2022-02-01','OPEN'], ['HH-322016-0001','childcare','2022-02-01','IN_PROGRESS'],
  ['HH-322016-0002','advocacy','2020-01-01','IN_PROGRESS'], ['HH-322016-0002','long_term_care','2020-01-01','IN_PROGRESS'], ['HH-322016-0002','household_finance','2021-05-01','IN_PROGRESS'], ['HH-322016-0002','isolation','2020-01-01','OPEN'],
  ['HH-322016-0003','employment','2020-06-01','OPEN'], ['HH-322016-0003','education','2021-04-01','OPEN'], ['HH-322016-0003','household_finance','2020-06-01','OPEN'],
  ['HH-452068-0001','isolation','2017-06-01','IN_PROGRESS'], ['HH-452068-0001','food','2019-01-01','RESOLVED'],
  ['HH-452068-0002','long_term_care','2020-07-01','IN_PROGRESS'], ['HH-452068-0002','disability','2020-07-01','IN_PROGRESS'], ['HH-452068-0002','household_finance','2020-07-01','IN_PROGRESS'], ['HH-452068-0002','employment','2022-04-01','IN_PROGRESS'],
  ['HH-452068-0003','household_finance','2020-05-01','IN_PROGRESS'], ['HH-452068-0003','debt','2022-10-01','OPEN']
] AS x
MATCH (h:Household {code: x[0]}), (n:Need {code: x[1]})
CREATE (h)-[:HAS_ISSUE {since: date(x[2]), status: x[3]}]->(n);

// Social isolation (seed 003 の6類型), matched on the Japanese label of the IsolationKind taxonomy
UNWIND [
  ['HH-282189-0001','近隣'], ['HH-282189-0004','情報'], ['HH-282189-0004','制度'],
  ['HH-282146-0001','集団'], ['HH-282146-0001','役割'], ['HH-282146-0003','近隣'],
  ['HH-284645-0003','集団'],
  ['HH-023841-0002','近隣'], ['HH-023841-0002','役割'], ['HH-023841-0004','家族'],
  ['HH-272051-0002','家族'], ['HH-272051-0002','近隣'], ['HH-272051-0004','情報'], ['HH-272051-0004','制度'], ['HH-272051-0005','役割'],
  ['HH-032085-0001','近隣'], ['HH-032085-0003','情報'],
  ['HH-113484-0001','近隣'], ['HH-113484-0001','役割'], ['HH-113484-0002','家族'],
  ['HH-182109-0002','集団'],
  ['HH-322016-0002','家族'], ['HH-322016-0003','情報'], ['HH-322016-0003','制度'],
  ['HH-452068-0001','家族']
] AS x
MATCH (h:Household {code: x[0]})
MATCH (k:IsolationKind) WHERE k.labelJa CONTAINS x[1]
CREATE (h)-[:ISOLATED_FROM]->(k);

// Special loans (生活福祉資金 特例貸付): 緊急小口資金 up to 200,000 yen, 総合支援資金 450,000 (single) / 600,000,
// 延長・再貸付 the same again. Repayment began January 2023.
UNWIND [
  ['HH-282189-0002','EMERGENCY_SMALL_FUND',200000,'2020-05-12','REPAYING'],
  ['HH-282189-0002','GENERAL_SUPPORT_FUND',600000,'2020-07-20','REPAYING'],
  ['HH-282189-0002','GENERAL_SUPPORT_FUND_EXTENSION',600000,'2020-11-02','DEFERRED'],
  ['HH-282189-0004','EMERGENCY_SMALL_FUND',200000,'2020-06-08','EXEMPTED'],
  ['HH-282189-0004','GENERAL_SUPPORT_FUND',600000,'2020-08-24','IN_ARREARS'],
  ['HH-282189-0005','EMERGENCY_SMALL_FUND',200000,'2020-04-27','IN_ARREARS'],
  ['HH-282146-0001','EMERGENCY_SMALL_FUND',100000,'2020-06-15','EXEMPTED'],
  ['HH-282146-0001','GENERAL_SUPPORT_FUND',450000,'2020-09-01','EXEMPTED'],
  ['HH-282146-0002','EMERGENCY_SMALL_FUND',200000,'2020-04-28','REPAYING'],
  ['HH-282146-0002','GENERAL_SUPPORT_FUND',600000,'2020-07-01','REPAYING'],
  ['HH-282146-0002','GENERAL_SUPPORT_FUND_EXTENSION',600000,'2021-01-15','REPAYING'],
  ['HH-282146-0003','EMERGENCY_SMALL_FUND',200000,'2020-07-10','DEFERRED'],
  ['HH-284645-0002','EMERGENCY_SMALL_FUND',200000,'2020-05-07','REPAYING'],
  ['HH-284645-0002','GENERAL_SUPPORT_FUND',600000,'2020-08-03','EXEMPTED'],
  ['HH-284645-0003','EMERGENCY_SMALL_FUND',200000,'2020-04-20','IN_ARREARS'],
  ['HH-284645-0003','GENERAL_SUPPORT_FUND',600000,'2020-06-15','IN_ARREARS'],
  ['HH-284645-0003','GENERAL_SUPPORT_FUND_EXTENSION',600000,'2020-10-05','IN_ARREARS'],
  ['HH-372064-0002','EMERGENCY_SMALL_FUND',200000,'2021-02-09','EXEMPTED'],
  ['HH-272051-0001','EMERGENCY_SMALL_FUND',200000,'2021-10-04','EXEMPTED'],
  ['HH-272051-0001','GENERAL_SUPPORT_FUND',600000,'2021-11-15','EXEMPTED'],
  ['HH-272051-0003','EMERGENCY_SMALL_FUND',200000,'2020-04-20','REPAYING'],
  ['HH-272051-0003','GENERAL_SUPPORT_FUND',600000,'2020-06-10','REPAYING'],
  ['HH-272051-0003','GENERAL_SUPPORT_FUND_EXTENSION',600000,'2020-09-14','REPAYING'],
  ['HH-272051-0004','EMERGENCY_SMALL_FUND',200000,'2020-05-18','IN_ARREARS'],
  ['HH-272051-0004','GENERAL_SUPPORT_FUND',600000,'2020-07-27','DEFERRED'],
  ['HH-132250-0003','EMERGENCY_SMALL_FUND',200000,'2020-04-15','REPAYING'],
  ['HH-132250-0003','GENERAL_SUPPORT_FUND',600000,'2020-06-29','REPAYING'],
  ['HH-132250-0003','GENERAL_SUPPORT_FUND_EXTENSION',600000,'2021-08-02','REPAYING'],
  ['HH-032085-0003','EMERGENCY_SMALL_FUND',100000,'2020-06-22','COMPLETED'],
  ['HH-082040-0002','EMERGENCY_SMALL_FUND',200000,'2020-05-11','EXEMPTED'],
  ['HH-082040-0002','GENERAL_SUPPORT_FUND',600000,'2020-08-17','EXEMPTED'],
  ['HH-082040-0002','GENERAL_SUPPORT_FUND_EXTENSION',600000,'2021-03-08','EXEMPTED'],
  ['HH-113484-0003','EMERGENCY_SMALL_FUND',200000,'2020-09-07','IN_ARREARS'],
  ['HH-272311-0003','EMERGENCY_SMALL_FUND',200000,'2020-04-30','REPAYING'],
  ['HH-272311-0003','GENERAL_SUPPORT_FUND',600000,'2020-06-22','REPAYING'],
  ['HH-272311-0003','GENERAL_SUPPORT_FUND_EXTENSION',600000,'2020-12-07','REPAYING'],
  ['HH-322016-0003','EMERGENCY_SMALL_FUND',200000,'2020-06-01','DEFERRED'],
  ['HH-322016-0003','GENERAL_SUPPORT_FUND',600000,'2020-08-10','DEFERRED'],
  ['HH-452068-0002','EMERGENCY_SMALL_FUND',200000,'2020-07-13','EXEMPTED'],
  ['HH-452068-0003','EMERGENCY_SMALL_FUND',200000,'2020-05-25','COMPLETED'],
  ['HH-452068-0003','GENERAL_SUPPORT_FUND',600000,'2020-07-20','REPAYING']
] AS x
MATCH (h:Household {code: x[0]})
CREATE (h)-[:HAS_LOAN]->(:Loan {id: randomUUID(), loanType: x[1], amount: x[2], decidedOn: date(x[3]), repaymentStatus: x[4],
  createdAt: datetime(), updatedAt: datetime()});

// Consents (本人の同意): household, scope, givenAt, withdrawnAt (or null), organisations covered
UNWIND [
  ['HH-282189-0001','CASE_CONFERENCE','2021-06-01T10:00:00+09:00',null,['小野市社会福祉協議会','社会福祉法人きすみ野福祉会','小野市民生委員児童委員協議会']],
  ['HH-282189-0002','INFORMATION_SHARING','2023-06-10T14:00:00+09:00',null,['小野市社会福祉協議会','兵庫県社会福祉協議会']],
  ['HH-282189-0004','REFERRAL','2024-02-01T11:00:00+09:00',null,['小野市社会福祉協議会']],
  ['HH-282189-0005','INFORMATION_SHARING','2023-03-15T10:00:00+09:00',null,['小野市社会福祉協議会']],
  ['HH-282146-0001','CASE_CONFERENCE','2023-07-01T10:30:00+09:00',null,['宝塚市社会福祉協議会']],
  ['HH-282146-0002','INFORMATION_SHARING','2023-08-01T15:00:00+09:00','2025-03-01T09:00:00+09:00',['宝塚市社会福祉協議会','社会福祉法人武庫川福祉会']],
  ['HH-282146-0003','REFERRAL','2022-10-01T13:00:00+09:00',null,['宝塚市社会福祉協議会','社会福祉法人武庫川福祉会']],
  ['HH-284645-0002','REFERRAL','2021-01-10T10:00:00+09:00',null,['太子町社会福祉協議会','NPO法人たいしフードサポート']],
  ['HH-023841-0002','CASE_CONFERENCE','2021-07-01T10:00:00+09:00',null,['鶴田町社会福祉協議会','社会福祉法人つるた福祉会']],
  ['HH-023841-0003','INFORMATION_SHARING','2022-04-15T16:00:00+09:00',null,['鶴田町社会福祉協議会','児童養護施設梅沢学園']],
  ['HH-372064-0001','CASE_CONFERENCE','2019-05-20T10:00:00+09:00',null,['さぬき市社会福祉協議会','社会福祉法人志度浦会']],
  ['HH-372064-0002','CASE_CONFERENCE','2020-10-15T14:00:00+09:00','2024-09-30T10:00:00+09:00',['さぬき市社会福祉協議会','社会福祉法人津田の松原会']],
  ['HH-272051-0001','CASE_CONFERENCE','2021-10-05T11:00:00+09:00',null,['吹田市社会福祉協議会','NPO法人ひとり親サポートすいた']],
  ['HH-272051-0004','INFORMATION_SHARING','2021-04-15T10:00:00+09:00',null,['吹田市社会福祉協議会','NPO法人すいた多文化ともだちの会']],
  ['HH-272051-0005','REFERRAL','2022-01-10T15:30:00+09:00',null,['吹田市社会福祉協議会','NPO法人若者サポートすいた','株式会社ワークスすいた']],
  ['HH-132250-0001','INFORMATION_SHARING','2019-02-01T10:00:00+09:00',null,['稲城市社会福祉協議会','社会福祉法人矢野口福祉会']],
  ['HH-032085-0002','CASE_CONFERENCE','2019-04-01T10:00:00+09:00',null,['遠野市社会福祉協議会']],
  ['HH-113484-0001','CASE_CONFERENCE','2021-06-01T10:00:00+09:00',null,['鳩山町社会福祉協議会','鳩山町役場']],
  ['HH-113484-0002','CASE_CONFERENCE','2022-01-10T10:00:00+09:00','2024-05-01T10:00:00+09:00',['鳩山町社会福祉協議会']],
  ['HH-113484-0003','CASE_CONFERENCE','2022-08-01T14:00:00+09:00',null,['鳩山町社会福祉協議会','鳩山町役場']],
  ['HH-182109-0002','REFERRAL','2022-03-01T10:00:00+09:00',null,['坂井市社会福祉協議会','ハローワーク三国']],
  ['HH-272311-0002','REFERRAL','2021-12-01T10:00:00+09:00',null,['大阪狭山市社会福祉協議会','特別養護老人ホームさやま池荘']],
  ['HH-272311-0003','INFORMATION_SHARING','2020-05-01T10:00:00+09:00',null,['大阪狭山市生活サポートセンター','大阪狭山市社会福祉協議会']],
  ['HH-322016-0001','CASE_CONFERENCE','2022-02-10T10:00:00+09:00',null,['松江市社会福祉協議会','松江市生活困窮者自立相談支援センター']],
  ['HH-322016-0002','CASE_CONFERENCE','2021-05-01T10:00:00+09:00',null,['松江市社会福祉協議会','松江市 福祉総務課','松江市地域包括支援センター 中央']],
  ['HH-452068-0002','CASE_CONFERENCE','2021-09-01T10:00:00+09:00','2023-11-15T10:00:00+09:00',['日向市社会福祉協議会']]
] AS x
MATCH (h:Household {code: x[0]})
CREATE (c:Consent {id: randomUUID(), scope: x[1], givenAt: datetime(x[2]), withdrawnAt: datetime(x[3]),
  createdAt: datetime(), updatedAt: datetime()})
CREATE (h)-[:GAVE_CONSENT]->(c)
WITH c, x
UNWIND x[4] AS orgName
MATCH (o:Organization {name: orgName})
CREATE (c)-[:TO]->(o);

// Referrals (つなぎ): from, to, household, status, referredBy, createdAt, respondedAt. Each rests on the household's
// REFERRAL consent naming the receiving organisation. Past dates: a referral is dated when it was made.
// ── 吹田市 — seed 004 ③: 市社協 refers a young person (ひきこもり, 就労) to a company of 施設連絡会 for 中間的就労 ──
UNWIND [
  ['吹田市社会福祉協議会','株式会社ワークスすいた','HH-272051-0005','ACCEPTED','suita.coordinator','2026-09-01T10:00:00+09:00','2026-09-08T15:00:00+09:00']
] AS x
MATCH (f:Organization {name: x[0]}), (t:Organization {name: x[1]}), (h:Household {code: x[2]})
CREATE (r:Referral {id: randomUUID(), status: x[3], referredBy: x[4], createdAt: datetime(x[5]), respondedAt: datetime(x[6])})
CREATE (r)-[:FOR]->(h), (r)-[:FROM]->(f), (r)-[:TO]->(t);

// Who supports whom (組織または人, household, since, lastContact). lastContact before 2026-05 = a tie about to be lost.
UNWIND [
  ['小野市社会福祉協議会','HH-282189-0001','2018-04-01','2026-09-15'], ['藤原 京子','HH-282189-0001','2018-04-01','2026-10-20'], ['社会福祉法人きすみ野福祉会','HH-282189-0001','2019-01-10','2026-10-05'],
  ['小野市社会福祉協議会','HH-282189-0002','2020-05-12','2026-08-30'], ['高橋 健一','HH-282189-0002','2023-06-10','2026-08-30'],
  ['社会福祉法人河合福祉会','HH-282189-0003','2022-04-01','2026-07-10'], ['岸本 弘','HH-282189-0003','2021-01-15','2025-12-01'],
  ['小野市社会福祉協議会','HH-282189-0004','2020-06-08','2025-11-20'],
  ['宝塚市社会福祉協議会','HH-282146-0001','2020-06-15','2026-10-28'], ['山本 大輔','HH-282146-0001','2023-07-01','2026-10-28'],
  ['宝塚市社会福祉協議会','HH-282146-0002','2023-05-01','2026-06-30'],
  ['宝塚市社会福祉協議会','HH-282146-0003','2022-06-01','2026-01-10'], ['社会福祉法人武庫川福祉会','HH-282146-0003','2022-10-01','2026-09-01'],
  ['宝塚市社会福祉協議会','HH-282146-0004','2024-02-01','2026-10-02'],
  ['太子町社会福祉協議会','HH-284645-0001','2020-06-01','2026-10-15'], ['三木 栄子','HH-284645-0001','2019-12-01','2026-10-30'],
  ['太子町社会福祉協議会','HH-284645-0002','2020-05-07','2026-09-20'], ['NPO法人たいしフードサポート','HH-284645-0002','2021-01-10','2026-08-01'], ['小西 洋子','HH-284645-0002','2020-05-01','2026-10-12'],
  ['太子町社会福祉協議会','HH-284645-0003','2020-04-20','2025-08-10'],
  ['社会福祉法人白壁会','HH-402257-0001','2017-06-01','2026-10-12'],
  ['社会福祉法人筑後川福祉会','HH-402257-0002','2022-01-01','2026-05-20'], ['うきは市社会福祉協議会','HH-402257-0002','2021-04-01','2026-10-01'],
  ['特別養護老人ホームつるた荘','HH-023841-0001','2021-03-10','2026-10-25'], ['工藤 幸子','HH-023841-0001','2016-12-01','2026-11-02'], ['鶴田町社会福祉協議会','HH-023841-0001','2021-04-01','2026-09-01'],
  ['鶴田町社会福祉協議会','HH-023841-0002','2021-06-01','2026-08-15'], ['三上 節子','HH-023841-0002','2021-06-01','2025-09-01'],
  ['児童養護施設梅沢学園','HH-023841-0003','2022-04-01','2026-10-10'], ['對馬 和子','HH-023841-0003','2022-12-01','2026-07-01'],
  ['障害者支援施設富士見湖園','HH-023841-0004','2021-05-01','2026-03-15'], ['鳴海 久美子','HH-023841-0004','2019-12-01','2026-10-20'],
  ['社会福祉法人志度浦会','HH-372064-0001','2019-06-01','2026-10-01'], ['さぬき市社会福祉協議会','HH-372064-0001','2019-05-01','2026-09-10'], ['真鍋 澄子','HH-372064-0001','2019-05-01','2026-10-28'],
  ['社会福祉法人津田の松原会','HH-372064-0002','2020-10-01','2026-06-01'], ['さぬき市社会福祉協議会','HH-372064-0002','2021-02-09','2026-02-15'],
  ['吹田市社会福祉協議会','HH-272051-0001','2021-10-01','2026-10-20'], ['NPO法人ひとり親サポートすいた','HH-272051-0001','2022-01-15','2026-09-30'],
  ['NPO法人千里ニュータウンの居場所','HH-272051-0002','2020-09-01','2026-10-11'],
  ['吹田市社会福祉協議会','HH-272051-0003','2020-04-20','2024-12-01'],
  ['吹田市社会福祉協議会','HH-272051-0004','2020-05-18','2026-04-10'], ['NPO法人すいた多文化ともだちの会','HH-272051-0004','2021-04-15','2026-10-05'], ['辻 恵美子','HH-272051-0004','2022-12-01','2026-08-20'],
  ['NPO法人若者サポートすいた','HH-272051-0005','2022-01-10','2026-10-18'], ['吹田市社会福祉協議会','HH-272051-0005','2021-06-01','2026-10-01'], ['北村 正子','HH-272051-0005','2021-06-01','2026-03-01'],
  ['社会福祉法人矢野口福祉会','HH-132250-0001','2019-01-01','2026-10-19'], ['稲城市社会福祉協議会','HH-132250-0001','2019-01-01','2026-07-01'],
  ['稲城市社会福祉協議会','HH-132250-0002','2023-04-01','2026-09-05'],
  ['稲城市社会福祉協議会','HH-132250-0003','2020-04-15','2025-06-10'],
  ['遠野市社会福祉協議会','HH-032085-0001','2018-05-01','2026-10-22'], ['菊池 トシ子','HH-032085-0001','2016-12-01','2026-10-30'], ['池田 麻衣','HH-032085-0001','2018-05-01','2026-10-22'],
  ['遠野市社会福祉協議会','HH-032085-0002','2019-03-01','2026-09-25'], ['佐々木 義男','HH-032085-0002','2019-12-01','2026-06-01'],
  ['遠野市社会福祉協議会','HH-032085-0003','2020-06-22','2025-10-01'],
  ['中田ふれあいサロン','HH-082040-0001','2019-06-01','2026-10-15'], ['古河市社会福祉協議会','HH-082040-0001','2019-08-01','2026-08-01'],
  ['古河市社会福祉協議会','HH-082040-0002','2020-05-11','2026-10-05'],
  ['鳩山町社会福祉協議会','HH-113484-0001','2021-05-01','2026-10-26'], ['山下 春香','HH-113484-0001','2021-05-01','2026-10-26'],
  ['鳩山町社会福祉協議会','HH-113484-0002','2019-04-01','2026-10-10'],
  ['鳩山町社会福祉協議会','HH-113484-0003','2022-07-01','2026-02-01'], ['鳩山町役場 水道課','HH-113484-0003','2022-06-01','2026-09-01'],
  ['雄島地区ふくしの会','HH-182109-0001','2019-05-01','2026-10-24'], ['坂井市社会福祉協議会','HH-182109-0001','2019-05-01','2026-05-01'],
  ['坂井市社会福祉協議会','HH-182109-0002','2021-06-01','2026-10-12'], ['後藤 加奈','HH-182109-0002','2022-03-01','2026-10-12'],
  ['大阪狭山市地域包括支援センター','HH-272311-0001','2020-04-01','2026-10-07'], ['東地区福祉委員会','HH-272311-0001','2021-06-01','2026-10-20'],
  ['大阪狭山市社会福祉協議会','HH-272311-0002','2021-05-01','2026-09-28'], ['特別養護老人ホームさやま池荘','HH-272311-0002','2022-01-10','2026-10-15'],
  ['大阪狭山市生活サポートセンター','HH-272311-0003','2020-04-30','2026-08-18'],
  ['松江市生活困窮者自立相談支援センター','HH-322016-0001','2022-02-01','2026-10-01'], ['法テラス島根','HH-322016-0001','2022-03-01','2026-04-15'],
  ['松江市地域包括支援センター 中央','HH-322016-0002','2020-01-01','2026-10-29'], ['錦織 修','HH-322016-0002','2019-12-01','2026-10-10'],
  ['松江市社会福祉協議会','HH-322016-0003','2020-06-01','2025-12-20'],
  ['日向市社会福祉協議会','HH-452068-0001','2017-06-01','2026-10-16'],
  ['日向市社会福祉協議会','HH-452068-0002','2020-07-13','2026-09-12'], ['美々津作業所','HH-452068-0002','2022-04-01','2026-10-01'],
  ['日向市社会福祉協議会','HH-452068-0003','2020-05-25','2025-09-30']
] AS x
MATCH (s) WHERE (s:Organization OR s:Person) AND s.name = x[0]
MATCH (h:Household {code: x[1]})
CREATE (s)-[:SUPPORTS {since: date(x[2]), lastContact: date(x[3])}]->(h);

// ---------------------------------------------------------------------
// 13. Derived ties: fields of facilities and of the corporations that run them, corporations and facilities
//     located in a district also serve their whole municipality
// ---------------------------------------------------------------------
MATCH (f:Facility)
MATCH (fd:Field {code: toLower(f.facilityField)})
MERGE (f)-[:IN_FIELD]->(fd);

MATCH (c:SocialWelfareCorporation)-[:OPERATES]->(f:Facility)
WITH DISTINCT c, toLower(f.facilityField) AS fc
MATCH (fd:Field {code: fc})
MERGE (c)-[:IN_FIELD]->(fd);

MATCH (o:Organization)-[:LOCATED_IN]->(:District)-[:PART_OF]->(m:Municipality)
WHERE o:SocialWelfareCorporation OR o:Facility
MERGE (o)-[:SERVES]->(m);

// Who holds each household's record (記録を保有する機関): the municipal 社協 of the household's municipality, except
// where a seed names another first contact (大阪狭山市生活サポートセンター). The holder always sees the record; everyone
// else needs the household's consent (see HouseholdScope).
MATCH (h:Household {code: 'HH-272311-0003'}), (o:Organization {name: '大阪狭山市生活サポートセンター'})
CREATE (h)-[:RECORD_HELD_BY]->(o);

MATCH (h:Household)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(:Area)<-[:SERVES]-(c:Organization {kind: 'COUNCIL', councilLevel: 'MUNICIPAL'})
WHERE NOT EXISTS { (h)-[:RECORD_HELD_BY]->() }
WITH h, min(c.name) AS council
MATCH (c:Organization {name: council})
CREATE (h)-[:RECORD_HELD_BY]->(c);

// ---------------------------------------------------------------------
// 14. Everyday casework: referrals through their lifecycle (closed-loop referral statuses) and the contact log
// ---------------------------------------------------------------------
// ── 坂井市 — a referral through to completed: 市社協 refers a young person (ひきこもり, 就労) to ハローワーク三国; accepted,
//    in progress, completed with 就労. Acceptance tied the receiver to the household; completion recorded its contact.
MATCH (f:Organization {name: '坂井市社会福祉協議会'}), (t:Organization {name: 'ハローワーク三国'}), (h:Household {code: 'HH-182109-0002'})
CREATE (r:Referral {id: randomUUID(), status: 'COMPLETED', version: 3, referredBy: 'sakai.coordinator',
  createdAt: datetime('2026-06-01T10:00:00+09:00'), requestedAt: datetime('2026-06-01T10:00:00+09:00'),
  respondedAt: datetime('2026-06-03T14:00:00+09:00'), acceptedAt: datetime('2026-06-03T14:00:00+09:00'),
  closedAt: datetime('2026-10-12T16:00:00+09:00'), outcome: 'EMPLOYED', outcomeText: '週3日の就労を開始'})
CREATE (r)-[:FOR]->(h), (r)-[:FROM]->(f), (r)-[:TO]->(t)
CREATE (t)-[:SUPPORTS {since: date('2026-06-03'), lastContact: date('2026-10-12'), viaReferral: r.id}]->(h)
CREATE (c:Contact {id: randomUUID(), kind: 'OFFICE_VISIT', outcome: 'REFERRAL_COMPLETED', at: datetime('2026-10-12T16:00:00+09:00'),
  recordedBy: 'mikuni.staff', recordedByOrganizationId: t.id, createdAt: datetime('2026-10-12T16:00:00+09:00'), version: 0})
CREATE (c)-[:ABOUT]->(h), (c)-[:MADE_BY]->(t)
CREATE (c)-[:HAS_VERSION]->(:ContactVersion {change: 'RECORDED', changedBy: 'mikuni.staff', kind: c.kind, outcome: c.outcome,
  at: c.at, createdAt: c.createdAt})
WITH r, f, t
UNWIND [
  [null, 'REQUESTED', 'SENDER', 'sakai.coordinator', f.id, '2026-06-01T10:00:00+09:00', 0],
  ['REQUESTED', 'ACCEPTED', 'RECEIVER', 'mikuni.staff', t.id, '2026-06-03T14:00:00+09:00', 1],
  ['ACCEPTED', 'IN_PROGRESS', 'RECEIVER', 'mikuni.staff', t.id, '2026-06-10T10:00:00+09:00', 2],
  ['IN_PROGRESS', 'COMPLETED', 'RECEIVER', 'mikuni.staff', t.id, '2026-10-12T16:00:00+09:00', 3]
] AS x
CREATE (r)-[:CHANGED]->(:ReferralChange {id: randomUUID(), from: x[0], to: x[1], party: x[2], by: x[3], organizationId: x[4],
  createdAt: datetime(x[5]), version: x[6], outcome: CASE WHEN x[1] = 'COMPLETED' THEN 'EMPLOYED' END,
  outcomeText: CASE WHEN x[1] = 'COMPLETED' THEN '週3日の就労を開始' END});

// ── 鶴田町 — a contact that brings a fading tie back to live: the 民生委員's tie had had no contact since 2025-09; her
//    visit in November moved its last contact forward.
MATCH (p:Person {name: '三上 節子'})-[tie:SUPPORTS]->(h:Household {code: 'HH-023841-0002'})
CREATE (c:Contact {id: randomUUID(), kind: 'VISIT', outcome: 'CHECKED_IN', at: datetime('2026-11-20T10:30:00+09:00'),
  note: '本人と母が在宅。訪問を再開することを伝えた。', recordedBy: 'tsuruta.volunteer', createdAt: datetime('2026-11-20T12:00:00+09:00'),
  version: 0})
CREATE (c)-[:ABOUT]->(h), (c)-[:MADE_BY]->(p)
CREATE (c)-[:HAS_VERSION]->(:ContactVersion {change: 'RECORDED', changedBy: 'tsuruta.volunteer', kind: c.kind, outcome: c.outcome,
  at: c.at, note: c.note, createdAt: c.createdAt})
SET tie.lastContact = date('2026-11-20');

// ── 太子町 — a pending referral cancelled by the withdrawal of the consent it rested on: the household agreed to be
//    referred to a food-support NPO, then withdrew its consent before the NPO answered; the hub cancelled the request.
MATCH (f:Organization {name: '太子町社会福祉協議会'}), (t:Organization {name: 'NPO法人たいしフードサポート'}), (h:Household {code: 'HH-284645-0001'})
CREATE (consent:Consent {id: randomUUID(), scope: 'REFERRAL', givenAt: datetime('2026-10-01T10:00:00+09:00'),
  withdrawnAt: datetime('2026-10-20T15:00:00+09:00'), createdAt: datetime('2026-10-01T10:00:00+09:00'),
  updatedAt: datetime('2026-10-20T15:00:00+09:00')})
CREATE (h)-[:GAVE_CONSENT]->(consent), (consent)-[:TO]->(t)
CREATE (r:Referral {id: randomUUID(), status: 'CANCELLED', version: 1, referredBy: 'taishi.coordinator',
  createdAt: datetime('2026-10-02T11:00:00+09:00'), requestedAt: datetime('2026-10-02T11:00:00+09:00'),
  closedAt: datetime('2026-10-20T15:00:00+09:00'), reason: 'CONSENT_WITHDRAWN'})
CREATE (r)-[:FOR]->(h), (r)-[:FROM]->(f), (r)-[:TO]->(t)
CREATE (r)-[:CHANGED]->(:ReferralChange {id: randomUUID(), to: 'REQUESTED', party: 'SENDER', by: 'taishi.coordinator',
  organizationId: f.id, version: 0, createdAt: datetime('2026-10-02T11:00:00+09:00')})
CREATE (r)-[:CHANGED]->(:ReferralChange {id: randomUUID(), from: 'REQUESTED', to: 'CANCELLED', party: 'SYSTEM',
  by: 'taishi.coordinator', reason: 'CONSENT_WITHDRAWN', version: 1, createdAt: datetime('2026-10-20T15:00:00+09:00')});

// The referrals listed above with their status alone: their history (request, then acceptance) and version.
MATCH (r:Referral)-[:FROM]->(f:Organization), (r)-[:TO]->(t:Organization) WHERE r.version IS NULL
SET r.requestedAt = r.createdAt, r.acceptedAt = CASE WHEN r.status = 'ACCEPTED' THEN r.respondedAt END,
    r.version = CASE WHEN r.status = 'ACCEPTED' THEN 1 ELSE 0 END
CREATE (r)-[:CHANGED]->(:ReferralChange {id: randomUUID(), to: 'REQUESTED', party: 'SENDER', by: r.referredBy,
  organizationId: f.id, version: 0, createdAt: r.createdAt})
FOREACH (accepted IN CASE WHEN r.status = 'ACCEPTED' THEN [r.respondedAt] ELSE [] END |
  CREATE (r)-[:CHANGED]->(:ReferralChange {id: randomUUID(), from: 'REQUESTED', to: 'ACCEPTED', party: 'RECEIVER',
    organizationId: t.id, version: 1, createdAt: accepted}));
