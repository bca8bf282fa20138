// How the demo's services and councils in 小野市 and 宝塚市 are reached: places, phones, hours, fees, languages,
// how to apply. Every detail here is invented for the demo (directoryGenerated, Location.generated): addresses are
// plausible streets of the town, numbers follow the town's area code but reach no one.

// 1. Services: one place each (through a service_at_location, as HSDS holds it), a phone, regular hours.
UNWIND [
  {s:'買い物バスツアー（社協マイクロバス）', email:'kaimono-bus@ono-shakyo.example.jp', url:'https://ono-shakyo.example.jp/kaimono-bus',
   tel:'0794-63-8101', place:'来住地区公民館（集合場所）', zip:'675-1321', code:'282189', town:'黍田町', no:'460-1', bld:null,
   days:'TH', open:'09:30', close:'12:00', note:'毎月第2・第4木曜日。雨天決行、祝日は運休', opt:'1回', amount:300,
   amountNote:'バス代の実費（買い物代は各自）', fees:'1回300円（実費）', langs:[['ja','日本語']],
   apply:'前週の金曜日までに社協（来住地区担当）へ電話で申し込み。初回は自宅で聞き取りを行います。', docs:[]},
  {s:'ほっとかへんネットワーカーによる生活再建相談（小野市）', email:'soudan@ono-shakyo.example.jp',
   url:'https://ono-shakyo.example.jp/soudan', tel:'0794-63-8102', place:'うるおい交流館エクラ 小野市社会福祉協議会', zip:'675-1372',
   code:'282189', town:'王子町', no:'800-1', bld:'うるおい交流館エクラ1階', days:'MO,TU,WE,TH,FR', open:'08:30',
   close:'17:15', note:'土日祝・年末年始（12月29日〜1月3日）は休み', opt:null, amount:null, amountNote:null, fees:'無料',
   langs:[['ja','日本語'],['vi','ベトナム語']], apply:'電話または窓口で予約。訪問での相談もできます。',
   docs:['本人確認書類（運転免許証、マイナンバーカード等）','借入・返済の状況がわかるもの（特例貸付の決定通知書など）']},
  {s:'あお野作業所での就労体験', email:'shuro@aono-kai.example.jp', url:'https://aono-kai.example.jp/taiken',
   tel:'0794-62-8103', place:'あお野作業所', zip:'675-1335', code:'282189', town:'片山町', no:'1020-3', bld:null,
   days:'TU,FR', open:'09:30', close:'12:00', note:'祝日・お盆・年末年始は休み', opt:'1回', amount:0,
   amountNote:'無料（昼食は各自）', fees:'無料', langs:[['ja','日本語']],
   apply:'社協の相談窓口または本人・家族から電話。見学のあと体験日を決めます。', docs:[]},
  {s:'特例貸付借受世帯へのフォローアップ相談（宝塚市）', email:'follow@takarazuka-shakyo.example.jp',
   url:'https://takarazuka-shakyo.example.jp/follow', tel:'0797-86-8104', place:'宝塚市総合福祉センター 宝塚市社会福祉協議会',
   zip:'665-0045', code:'282146', town:'光明町', no:'12-30', bld:'総合福祉センター2階', days:'MO,TU,WE,TH,FR',
   open:'09:00', close:'17:30', note:'土日祝・年末年始は休み', opt:null, amount:null, amountNote:null, fees:'無料',
   langs:[['ja','日本語'],['en','英語'],['zh','中国語']],
   apply:'電話で予約（アンケートに回答された方には担当者から連絡します）。',
   docs:['本人確認書類','特例貸付の償還免除・猶予の通知（お持ちの方）']},
  {s:'いろり：就労に向けた居場所と受注作業', email:'irori@sumirens.example.jp', url:'https://sumirens.example.jp/',
   tel:'0797-71-8105', place:'スミレン’sワークいろり', zip:'665-0844', code:'282146', town:'武庫川町', no:'5-8', bld:'武庫川ビル1階',
   days:'MO,WE,FR', open:'10:00', close:'15:00', note:'祝日は休み。見学は随時（要電話）', opt:'作業工賃', amount:0,
   amountNote:'参加費は無料。受注作業には工賃が出ます', fees:'無料', langs:[['ja','日本語']],
   apply:'電話で見学を予約。市社協からの紹介もできます。', docs:[]}
] AS r
MATCH (s:Service {name: r.s})
MATCH (m:Municipality {code: r.code})-[:PART_OF]->(p:Prefecture)
SET s.email = r.email, s.url = r.url, s.applicationProcess = r.apply, s.feesDescription = r.fees,
    s.directoryGenerated = true
CREATE (s)-[:HAS_PHONE {position: 0}]->(:Phone {id: randomUUID(), number: r.tel, type: 'voice', description: '代表',
  createdAt: datetime()})
CREATE (s)-[:HAS_SERVICE_AT_LOCATION {position: 0}]->(:ServiceAtLocation {id: randomUUID(), createdAt: datetime()})
  -[:HAS_LOCATION {position: 0}]->(l:Location {id: randomUUID(), locationType: 'physical', name: r.place,
  latitude: m.latitude, longitude: m.longitude, geocoded: true, generated: true, createdAt: datetime()})
CREATE (l)-[:HAS_ADDRESS {position: 0}]->(:Address {id: randomUUID(), address1: r.town + r.no, address2: r.bld,
  city: m.name, stateProvince: p.name, postalCode: r.zip, country: 'JP', addressType: 'physical', municipalityCode: m.code,
  town: r.town, streetNumber: r.no, building: r.bld, createdAt: datetime()})
CREATE (s)-[:HAS_SCHEDULE {position: 0}]->(:Schedule {id: randomUUID(), freq: 'WEEKLY', byday: r.days, opensAt: r.open,
  closesAt: r.close, description: r.note, createdAt: datetime()})
FOREACH (option IN CASE WHEN r.amount IS NULL THEN [] ELSE [r] END |
  CREATE (s)-[:HAS_COST_OPTION {position: 0}]->(:CostOption {id: randomUUID(), option: option.opt,
    amount: option.amount, currency: 'JPY', amountDescription: option.amountNote, createdAt: datetime()}))
FOREACH (i IN range(0, size(r.langs) - 1) |
  CREATE (s)-[:HAS_LANGUAGE {position: i}]->(:Language {id: randomUUID(), code: r.langs[i][0], name: r.langs[i][1],
    createdAt: datetime()}))
FOREACH (i IN CASE WHEN size(r.docs) = 0 THEN [] ELSE range(0, size(r.docs) - 1) END |
  CREATE (s)-[:HAS_REQUIRED_DOCUMENT {position: i}]->(:RequiredDocument {id: randomUUID(), document: r.docs[i],
    createdAt: datetime()}));

// 2. The two councils' offices.
UNWIND [
  {o:'小野市社会福祉協議会', email:'info@ono-shakyo.example.jp', url:'https://ono-shakyo.example.jp/', tel:'0794-63-8100',
   fax:'0794-63-8199', place:'小野市社会福祉協議会（うるおい交流館エクラ）', zip:'675-1372', code:'282189', town:'王子町',
   no:'800-1', bld:'うるおい交流館エクラ1階'},
  {o:'宝塚市社会福祉協議会', email:'info@takarazuka-shakyo.example.jp', url:'https://takarazuka-shakyo.example.jp/',
   tel:'0797-86-8100', fax:'0797-86-8199', place:'宝塚市社会福祉協議会（総合福祉センター）', zip:'665-0045', code:'282146',
   town:'光明町', no:'12-30', bld:'総合福祉センター2階'}
] AS r
MATCH (o:Organization {name: r.o})
MATCH (m:Municipality {code: r.code})-[:PART_OF]->(p:Prefecture)
SET o.email = r.email, o.website = r.url, o.directoryGenerated = true
CREATE (o)-[:HAS_PHONE {position: 0}]->(:Phone {id: randomUUID(), number: r.tel, type: 'voice', description: '代表',
  createdAt: datetime()})
CREATE (o)-[:HAS_PHONE {position: 1}]->(:Phone {id: randomUUID(), number: r.fax, type: 'fax', createdAt: datetime()})
CREATE (o)-[:HAS_LOCATION {position: 0}]->(l:Location {id: randomUUID(), locationType: 'physical', name: r.place,
  latitude: m.latitude, longitude: m.longitude, geocoded: true, generated: true, createdAt: datetime()})
CREATE (l)-[:HAS_ADDRESS {position: 0}]->(:Address {id: randomUUID(), address1: r.town + r.no, address2: r.bld,
  city: m.name, stateProvince: p.name, postalCode: r.zip, country: 'JP', addressType: 'physical', municipalityCode: m.code,
  town: r.town, streetNumber: r.no, building: r.bld, createdAt: datetime()});
