/**
 * Ordinary lowercase Norwegian words, bokmål and nynorsk, with common inflected forms written out:
 * function words, numbers, weekdays, months, holidays, everyday and municipal vocabulary, and the
 * ordinary words that are also given names, surnames or place names (per, liv, dag, stein, berg, vik,
 * ...). Deliberately free of sensitive words (health conditions, medicines, religions, nationalities,
 * political parties, trade unions).
 *
 * Source: Written for this project (no permissively licensed Norwegian word list exists on the package
 * registry; the spelling dictionaries there are GPL).
 */
export const ORDINARY_WORDS = `
høy høyt høye høyere høyest høyeste høyare høyast høyaste høg høgt høge høgere høgest høgeste høgare
høgast høgaste lav lavt lave lavere lavest laveste lavare lavast lavaste låg lågt låge lågere lågest
lågeste lågare lågast lågaste bred bredt brede bredere bredest bredeste bredare bredast bredaste
smal smalt smale smalere smalest smaleste smalare smalast smalaste tykk tykt tykke tykkere tykkest
tykkeste tykkare tykkast tykkaste tynn tynt tynne tynnere tynnest tynneste tynnare tynnast tynnaste
lett lette lettere lettest letteste lettare lettast lettaste rask raskt raske raskere raskest
raskeste raskare raskast raskaste treg tregt trege tregare tregast tregaste sen sent sene senere
senest seneste senare senast senaste fin fint fine finere finest fineste finare finast finaste flott
flotte flottere flottest flotteste flottare flottast flottaste pen pent pene penere penest peneste
penare penast penaste stygg stygt stygge styggere styggest styggeste styggare styggast styggaste fæl
fælt fæle fælere fælest fæleste fælare fælast fælaste snill snilt snille snillere snillest snilleste
snillare snillast snillaste sint sinte sintere sintest sinteste sintare sintast sintaste trist
triste tristere tristest tristeste tristare tristast tristaste sur surt sure surere surest sureste
surare surast suraste varm varmt varme varmere varmest varmeste varmare varmast varmaste kald kaldt
kalde kaldere kaldest kaldeste kaldare kaldast kaldaste tørr tørt tørre tørrere tørrest tørreste
tørrare tørrast tørraste glatt glatte glattere glattest glatteste glattare glattast glattaste mørk
mørkt mørke mørkere mørkest mørkeste mørkare mørkast mørkaste lys lyst lyse lysere lysest lyseste
lysare lysast lysaste svart svarte svartere svartest svarteste svartare svartast svartaste grønn
grønt grønne grønnere grønnest grønneste grønnare grønnast grønnaste gul gult gule gulere gulest
guleste gulare gulast gulaste brun brunt brune brunere brunest bruneste brunare brunast brunaste
fersk ferskt ferske ferskere ferskest ferskeste ferskare ferskast ferskaste trygg trygt trygge
tryggere tryggest tryggeste tryggare tryggast tryggaste klar klart klare klarere klarest klareste
klarare klarast klaraste rik rikt rike rikere rikest rikeste rikare rikast rikaste dyr dyrt dyre
dyrere dyrest dyreste dyrare dyrast dyraste frekk frekt frekke frekkere frekkest frekkeste frekkare
frekkast frekkaste sterk sterkt sterke sterkere sterkest sterkeste sterkare sterkast sterkaste svak
svakt svake svakere svakest svakeste svakare svakast svakaste trøtt trøtte trøttere trøttest
trøtteste trøttare trøttast trøttaste mett mette mettere mettest metteste mettare mettast mettaste
tørst tørste tørstere tørstest tørsteste tørstare tørstast tørstaste kjær kjært kjære kjærere
kjærest kjæreste kjærare kjærast kjæraste hard hardt harde hardere hardest hardeste hardare hardast
hardaste myk mykt myke mykere mykest mykeste mykare mykast mykaste løs løst løse løsere løsest
løseste løsare løsast løsaste sann sant sanne sannere sannest sanneste sannare sannast sannaste
uklar uklart uklare uklarere uklarest uklareste uklarare uklarast uklaraste ren rent rene renere
renest reneste renare renast renaste aktiv aktivt aktive aktivere aktivest aktiveste aktivare
aktivast aktivaste positiv positivt positive positivere positivest positiveste positivare positivast
positivaste negativ negativt negative negativere negativest negativeste negativare negativast
negativaste effektiv effektivt effektive effektivere effektivest effektiveste effektivare
effektivast effektivaste flink flinkt flinke flinkere flinkest flinkeste flinkare flinkast flinkaste
tøff tøft tøffe tøffere tøffest tøffeste tøffare tøffast tøffaste kul kult kule kulere kulest
kuleste kulare kulast kulaste kort korte rett rette tett tette fast faste lik likt like ulik ulikt
ulike bratt bratte flat flatt flate våt vått våte hvit hvitt hvite kvit kvitt kvite rød rødt røde
raud raudt raude søt søtt søte privat private kommunal kommunalt kommunale lokal lokalt lokale
nasjonal nasjonalt nasjonale regional regionalt regionale sentral sentralt sentrale digital digitalt
digitale normal normalt normale gal galt gale falsk falskt falske interessant interessante stolt
stolte rein reint reine fjern fjernt fjerne grøn grøne blank blankt blanke spent spente ekstern
eksternt eksterne intern internt interne total totalt totale formell formelt formelle uformell
uformelt uformelle vanskelig vanskelige vanskeligere vanskeligst vanskeligste vanskeleg vanskelege
vanskelegare vanskelegast vanskelegaste tidlig tidlige tidligere tidligst tidligste tidleg tidlege
tidlegare tidlegast tidlegaste dårlig dårlige dårligere dårligst dårligste dårleg dårlege dårlegare
dårlegast dårlegaste kjølig kjølige kjøligere kjøligst kjøligste viktig viktige viktigere viktigst
viktigste nødvendig nødvendige nødvendigere nødvendigst nødvendigste mulig mulige muligere muligst
muligste mogleg moglege moglegare moglegast moglegaste riktig riktige riktigere riktigst riktigste
tydelig tydelige tydeligere tydeligst tydeligste tydeleg tydelege tydelegare tydelegast tydelegaste
rolig rolige roligere roligst roligste roleg rolege rolegare rolegast rolegaste ledig ledige
ledigere ledigst ledigste billig billige billigere billigst billigste hyggelig hyggelige hyggeligere
hyggeligst hyggeligste vennlig vennlige vennligere vennligst vennligste høflig høflige høfligere
høfligst høfligste nyttig nyttige nyttigere nyttigst nyttigste vanlig vanlige vanligere vanligst
vanligste vanleg vanlege vanlegare vanlegast vanlegaste forskjellig forskjellige forskjelligere
forskjelligst forskjelligste ferdig ferdige ferdigere ferdigst ferdigste modig modige modigere
modigst modigste kjedelig kjedelige kjedeligere kjedeligst kjedeligste artig artige artigere artigst
artigste festlig festlige festligere festligst festligste elendig elendige elendigere elendigst
elendigste forferdelig forferdelige forferdeligere forferdeligst forferdeligste skikkelig skikkelige
skikkeligere skikkeligst skikkeligste ordentlig ordentlige ordentligere ordentligst ordentligste
grundig grundige grundigere grundigst grundigste ryddig ryddige ryddigere ryddigst ryddigste
tilgjengelig tilgjengelige tilgjengeligere tilgjengeligst tilgjengeligste farlig farlige farligere
farligst farligste fattig fattige fattigere fattigst fattigste personlig personlige personligere
personligst personligste offentlig offentlige offentligere offentligst offentligste lovlig lovlige
lovligere lovligst lovligste ulovlig ulovlige ulovligere ulovligst ulovligste trivelig trivelige
triveligere triveligst triveligste koselig koselige koseligere koseligst koseligste deilig deilige
deiligere deiligst deiligste herlig herlige herligere herligst herligste nydelig nydelige nydeligere
nydeligst nydeligste fryktelig fryktelige frykteligere frykteligst frykteligste utrolig utrolige
utroligere utroligst utroligste merkelig merkelige merkeligere merkeligst merkeligste fornuftig
fornuftige fornuftigere fornuftigst fornuftigste urimelig urimelige urimeligere urimeligst
urimeligste rimelig rimelige rimeligere rimeligst rimeligste tilstrekkelig tilstrekkelige
tilstrekkeligere tilstrekkeligst tilstrekkeligste pålitelig pålitelige påliteligere påliteligst
påliteligste nøyaktig nøyaktige nøyaktigere nøyaktigst nøyaktigste hurtig hurtige hurtigere hurtigst
hurtigste forsiktig forsiktige forsiktigere forsiktigst forsiktigste praktisk praktiske typisk
typiske teknisk tekniske elektronisk elektroniske fantastisk fantastiske statlig statlige kritisk
kritiske logisk logiske automatisk automatiske økonomisk økonomiske umulig umulige unyttig unyttige
uvanlig uvanlige uvennlig uvennlige uhøflig uhøflige årlig årlige månedlig månedlige ukentlig
ukentlige daglig daglige dagleg daglege midlertidig midlertidige stor stort store større størst
største liten lite lita lille små mindre minst minste god godt gode bedre best beste ny nytt nye
nyere nyest nyaste nyare gammel gammelt gamle eldre eldst eldste ung ungt unge yngre yngst yngste
lang langt lange lengre lengst lengste tung tungt tunge tyngre tyngst enkel enkelt enkle enklere
enklest enklaste dum dumt dumme dummere glad glade gladere gladest lei leie blå blått grå grått fri
fritt frie full fullt fulle fullere tom tomt tomme sikker sikkert sikre sikrere sikrest usikker
usikkert usikre grei greit greie greiere fornøyd misfornøyd skitten skittent skitne åpen åpent åpne
open ope opent stengt stengte opptatt gratis hel helt hele heil heilt heile delvis egen eget egne
eigen eige eigne morsom morsomt morsomme langsom langsomt langsomme travel travelt travle sulten
sultent sultne redd sjelden sjeldent sjeldne spesiell spesielt spesielle generell generelt generelle
nær nært nære nærmere nærmest nærmeste eventuell eventuelt eventuelle aktuell aktuelt aktuelle
vakker vakkert vakre vakrere rar rart rare rarere permanent ekte feil bra ok moderne gammeldags
stille rosa lilla oransje beige bråkete rotete slitsom slitsomt slitsomme nøgd nøgde fet fett fete
edel edelt edle lam avfallshenting avfallshentinga avfallshentingen avfallshentinger
avfallshentingene søppeltømming søppeltømminga søppeltømmingen søppeltømminger søppeltømmingene
renovasjonsrute renovasjonsruta renovasjonsruten renovasjonsruter renovasjonsrutene tømmeplan
tømmeplana tømmeplanen tømmeplaner tømmeplanene tømmerute tømmeruta tømmeruten tømmeruter
tømmerutene feiing feiinga feiingen feiinger feiingene sortering sorteringa sorteringen sorteringer
sorteringene kildesortering kildesorteringa kildesorteringen kildesorteringer kildesorteringene
avfallssortering avfallssorteringa avfallssorteringen avfallssorteringer avfallssorteringene
innsamling innsamlinga innsamlingen innsamlinger innsamlingene søppelkasse søppelkassa søppelkassen
søppelkasser søppelkassene renovasjon renovasjonen renovasjoner renovasjonene renovasjonar
renovasjonane renovasjonsbil renovasjonsbilen renovasjonsbiler renovasjonsbilene renovasjonsbilar
renovasjonsbilane søppelbil søppelbilen søppelbiler søppelbilene søppelbilar søppelbilane bossbil
bossbilen bossbiler bossbilene bossbilar bossbilane avfallsdunk avfallsdunken avfallsdunker
avfallsdunkene avfallsdunkar avfallsdunkane papirdunk papirdunken papirdunker papirdunkene
papirdunkar papirdunkane restavfallsdunk restavfallsdunken restavfallsdunker restavfallsdunkene
restavfallsdunkar restavfallsdunkane bossdunk bossdunken bossdunker bossdunkene bossdunkar
bossdunkane matavfallsdunk matavfallsdunken matavfallsdunker matavfallsdunkene matavfallsdunkar
matavfallsdunkane plastsekk plastsekken plastsekker plastsekkene plastsekkar plastsekkane papirsekk
papirsekken papirsekker papirsekkene papirsekkar papirsekkane feier feieren feierer feierene feierar
feierane røykvarsler røykvarsleren røykvarslerer røykvarslerene røykvarslerar røykvarslerane kompost
komposten komposter kompostene kompostar kompostane returpunkt returpunkten returpunkter
returpunktene returpunktar returpunktane miljøtorg miljøtorgen miljøtorger miljøtorgene miljøtorgar
miljøtorgane gjenbruk gjenbruken gjenbruker gjenbrukene gjenbrukar gjenbrukane plastavfall
plastavfallet plastavfallene plastavfalla papiravfall papiravfallet papiravfallene papiravfalla
glassavfall glassavfallet glassavfallene glassavfalla metallavfall metallavfallet metallavfallene
metallavfalla spesialavfall spesialavfallet spesialavfallene spesialavfalla grovavfall grovavfallet
grovavfallene grovavfalla avfallsgebyr avfallsgebyret avfallsgebyrene avfallsgebyra renovasjonsgebyr
renovasjonsgebyret renovasjonsgebyrene renovasjonsgebyra vanngebyr vanngebyret vanngebyrene
vanngebyra avløpsgebyr avløpsgebyret avløpsgebyrene avløpsgebyra feiegebyr feiegebyret feiegebyrene
feiegebyra brannvesen brannvesenet brannvesenene brannvesena avfallsselskap avfallsselskapet
avfallsselskaper avfallsselskapene avfallsselskapa skolerute skoleruta skoleruten skoleruter
skolerutene skolefritidsordning skolefritidsordninga skolefritidsordningen skolefritidsordninger
skolefritidsordningene leksehjelp leksehjelpa leksehjelpen leksehjelper leksehjelpene skolefrukt
skolefrukta skolefrukten skolefrukter skolefruktene matpakke matpakka matpakken matpakker matpakkene
svømmeopplæring svømmeopplæringa svømmeopplæringen svømmeopplæringer svømmeopplæringene
tilrettelegging tilrettelegginga tilretteleggingen tilrettelegginger tilretteleggingene
foreldrebetaling foreldrebetalinga foreldrebetalingen foreldrebetalinger foreldrebetalingene
oppholdstid oppholdstida oppholdstiden oppholdstider oppholdstidene bleie bleia bleien bleier
bleiene barnevogn barnevogna barnevognen barnevogner barnevognene vogn vogna vognen vogner vognene
skulerute skuleruta skuleruten skuleruter skulerutene skolevei skoleveien skoleveier skoleveiene
skoleveiar skoleveiane skoleveg skolevegen skoleveger skolevegene skolevegar skolevegane inspektør
inspektøren inspektører inspektørene inspektørar inspektørane barnehageopptak barnehageopptaken
barnehageopptaker barnehageopptakene barnehageopptakar barnehageopptakane hovedopptak hovedopptaken
hovedopptaker hovedopptakene hovedopptakar hovedopptakane planleggingsdag planleggingsdagen
planleggingsdager planleggingsdagene planleggingsdagar planleggingsdagane skoleår skoleåret
skoleårene skoleåra skuleår skuleåret skuleårene skuleåra vitnemål vitnemålet vitnemålene vitnemåla
lærerværelse lærerværelset lærerværelsene lærerværelsa regntøy regntøyet regntøyene regntøya
barnehageår barnehageåret barnehageårene barnehageåra foreldreråd foreldrerådet foreldrerådene
foreldreråda samarbeidsutvalg samarbeidsutvalget samarbeidsutvalgene samarbeidsutvalga elevråd
elevrådet elevrådene elevråda foreldremøte foreldremøtet foreldremøter foreldremøtene foreldremøta
skolebibliotek skolebiblioteket skolebiblioteker skolebibliotekene skolebiblioteka fagarbeider
fagarbeideren fagarbeidere fagarbeiderne fagarbeidar fagarbeidaren fagarbeidarar fagarbeidarane
avdelingsleder avdelingslederen avdelingsledere avdelingslederne avdelingsledar avdelingsledaren
avdelingsledarar avdelingsledarane byggesaksbehandling byggesaksbehandlinga byggesaksbehandlingen
byggesaksbehandlinger byggesaksbehandlingene situasjonsplan situasjonsplana situasjonsplanen
situasjonsplaner situasjonsplanene fasadetegning fasadetegninga fasadetegningen fasadetegninger
fasadetegningene plantegning plantegninga plantegningen plantegninger plantegningene gesimshøyde
gesimshøyda gesimshøyden gesimshøyder gesimshøydene mønehøyde mønehøyda mønehøyden mønehøyder
mønehøydene grense grensa grensen grenser grensene nabogrense nabogrensa nabogrensen nabogrenser
nabogrensene eiendomsgrense eiendomsgrensa eiendomsgrensen eiendomsgrenser eiendomsgrensene seksjon
seksjona seksjonen seksjoner seksjonene oppmåling oppmålinga oppmålingen oppmålinger oppmålingene
ansvarsrett ansvarsretta ansvarsretten ansvarsretter ansvarsrettene uttalelse uttalelsa uttalelsen
uttalelser uttalelsene merknad merknada merknaden merknader merknadene saksgang saksganga saksgangen
saksganger saksgangene brukstillatelse brukstillatelsa brukstillatelsen brukstillatelser
brukstillatelsene fritidsbolig fritidsboliga fritidsboligen fritidsboliger fritidsboligene enebolig
eneboliga eneboligen eneboliger eneboligene tomannsbolig tomannsboliga tomannsboligen tomannsboliger
tomannsboligene byggetillatelse byggetillatelsen byggetillatelser byggetillatelsene byggetillatelsar
byggetillatelsane avstand avstanden avstander avstandene avstandar avstandane grad graden grader
gradene gradar gradane matrikkel matrikkelen matrikkeler matrikkelene matrikkelar matrikkelane
anneks anneksen annekser anneksene anneksar anneksane snitt snittet snittene snitta avslag avslaget
avslagene avslaga uthus uthuset uthusene uthusa boligbygg boligbygget boligbyggene boligbygga
rekkehus rekkehuset rekkehusene rekkehusa borettslag borettslaget borettslagene borettslaga sameie
sameiet sameiene sameia foretak foretaket foretakene foretaka vedtaksbrev vedtaksbrevet
vedtaksbrevene vedtaksbreva bruksareal bruksarealet bruksarealene bruksareala kartverk kartverket
kartverkene kartverka påbygg påbygget påbyggene påbygga tiltakshaver tiltakshaveren tiltakshavere
tiltakshaverne tiltakshavar tiltakshavaren tiltakshavarar tiltakshavarane styreleder styrelederen
styreledere styrelederne styreledar styreledaren styreledarar styreledarane gårdsnummer bruksnummer
festenummer gnr bnr bya purring purringa purringen purringer purringene betalingsfrist
betalingsfrista betalingsfristen betalingsfrister betalingsfristene avtalegiro avtalegiroa
avtalegiroen avtalegiroer avtalegiroene efaktura efakturaa efakturaen efakturaer efakturaene
innbetalingsblankett innbetalingsblanketta innbetalingsblanketten innbetalingsblanketter
innbetalingsblankettene blankett blanketta blanketten blanketter blankettene rabatt rabatta rabatten
rabatter rabattene betalingsutsettelse betalingsutsettelsa betalingsutsettelsen betalingsutsettelser
betalingsutsettelsene nedbetaling nedbetalinga nedbetalingen nedbetalinger nedbetalingene restskatt
restskatta restskatten restskatter restskattene formue formua formuen formuer formuene eiendomsverdi
eiendomsverdia eiendomsverdien eiendomsverdier eiendomsverdiene takst taksta taksten takster
takstene skattetrekk skattetrekka skattetrekken skattetrekker skattetrekkene forfallsdato
forfallsdatoen forfallsdatoer forfallsdatoene forfallsdatoar forfallsdatoane forfall forfallen
forfaller forfallene forfallar forfallane avdrag avdragen avdrager avdragene avdragar avdragane
skattekort skattekorten skattekorter skattekortene skattekortar skattekortane kid kiden kider kidene
trekkprosent trekkprosenten trekkprosenter trekkprosentene trekkprosentar trekkprosentane
tilgodebeløp tilgodebeløpet tilgodebeløpene tilgodebeløpa faktura fakturaen fakturaer fakturaene
fakturaa nummer kontonummeret fylkesvei fylkesveien fylkesveier fylkesveiene fylkesveiar
fylkesveiane fylkesveg fylkesvegen fylkesveger fylkesvegene fylkesvegar fylkesvegane riksvei
riksveien riksveier riksveiene riksveiar riksveiane riksveg riksvegen riksveger riksvegene riksvegar
riksvegane veilys veilysen veilyser veilysene veilysar veilysane kantstein kantsteinen kantsteiner
kantsteinene kantsteinar kantsteinane overgang overgangen overganger overgangene overgangar
overgangane undergang undergangen underganger undergangene undergangar undergangane busstopp
busstoppen busstopper busstoppene busstoppar busstoppane avgang avgangen avganger avgangene avgangar
avgangane forsinkelse forsinkelsa forsinkelsen forsinkelser forsinkelsene omkjøring omkjøringa
omkjøringen omkjøringer omkjøringene fartsgrense fartsgrensa fartsgrensen fartsgrenser fartsgrensene
fartsdemper fartsdempera fartsdemperen fartsdemperer fartsdemperene trafikksikkerhet
trafikksikkerheta trafikksikkerheten trafikksikkerheter trafikksikkerhetene brygge brygga bryggen
brygger bryggene holdeplass holdeplassen holdeplasser holdeplassene holdeplassar holdeplassane
bomstasjon bomstasjonen bomstasjoner bomstasjonene bomstasjonar bomstasjonane kollektivtrafikk
kollektivtrafikken kollektivtrafikker kollektivtrafikkene kollektivtrafikkar kollektivtrafikkane
lyspunkt lyspunktet lyspunktene lyspunkta leskur leskuret leskurene leskura veiarbeid veiarbeidet
veiarbeidene veiarbeida vegarbeid vegarbeidet vegarbeidene vegarbeida anleggsarbeid anleggsarbeidet
anleggsarbeidene anleggsarbeida kollektivtilbud kollektivtilbudet kollektivtilbudene
kollektivtilbuda bompenger bompengene rutetabell rutetabellen rutetabeller vannforsyning
vannforsyninga vannforsyningen vannforsyninger vannforsyningene vassforsyning vassforsyninga
vassforsyningen vassforsyninger vassforsyningene avlesning avlesninga avlesningen avlesninger
avlesningene måleravlesning måleravlesninga måleravlesningen måleravlesninger måleravlesningene
tilstopping tilstoppinga tilstoppingen tilstoppinger tilstoppingene slamtømming slamtømminga
slamtømmingen slamtømminger slamtømmingene vannlekkasje vannlekkasjen vannlekkasjer vannlekkasjene
vannlekkasjar vannlekkasjane stengeventil stengeventilen stengeventiler stengeventilene
stengeventilar stengeventilane septik septiken septiker septikene septikar septikane drikkevann
drikkevannet drikkevannene drikkevanna vannbrudd vannbruddet vannbruddene vannbrudda rørbrudd
rørbruddet rørbruddene rørbrudda spillvann spillvannet spillvannene spillvanna vanntrykk vanntrykket
vanntrykkene vanntrykka kumlokk kumlokket kumlokkene kumlokka timeavtale timeavtala timeavtalen
timeavtaler timeavtalene legetime legetima legetimen legetimer legetimene hjemmehjelp hjemmehjelpa
hjemmehjelpen hjemmehjelper hjemmehjelpene trygghetsalarm trygghetsalarma trygghetsalarmen
trygghetsalarmer trygghetsalarmene matombringing matombringinga matombringingen matombringinger
matombringingene besøkstid besøkstida besøkstiden besøkstider besøkstidene heimeteneste heimetenesta
heimetenesten heimetenester heimetenestene heimesjukepleie heimesjukepleia heimesjukepleien
heimesjukepleier heimesjukepleiene resepsjon resepsjonen resepsjoner resepsjonene resepsjonar
resepsjonane institusjon institusjonen institusjoner institusjonene institusjonar institusjonane
fysioterapeut fysioterapeuten fysioterapeuter fysioterapeutene fysioterapeutar fysioterapeutane
ergoterapeut ergoterapeuten ergoterapeuter ergoterapeutene ergoterapeutar ergoterapeutane
korttidsopphold korttidsoppholdet korttidsoppholdene korttidsoppholda langtidsopphold
langtidsoppholdet langtidsoppholdene langtidsoppholda dagsenter dagsenteret dagsentre helsesøster
helsesøsteren helsesøstre jordmor jordmora jordmoren jordmødre pårørende pårørande fornying
fornyinga fornyingen fornyinger fornyingene reservasjon reservasjona reservasjonen reservasjoner
reservasjonene lydbok lydboka lydboken lydboker lydbokene lesesal lesesala lesesalen lesesaler
lesesalene eventyrstund eventyrstunda eventyrstunden eventyrstunder eventyrstundene lesestund
lesestunda lesestunden lesestunder lesestundene bokbuss bokbussen bokbusser bokbussene bokbussar
bokbussane tegneserie tegneserien tegneserier tegneseriene tegneseriar tegneseriane roman romanen
romaner romanene romanar romanane kopimaskin kopimaskinen kopimaskiner kopimaskinene kopimaskinar
kopimaskinane tidsskrift tidsskriftet tidsskriftene tidsskrifta forfatterbesøk forfatterbesøket
forfatterbesøkene forfatterbesøka meråpent meråpen e bok boka boken bøker printer printeren printere
forestilling forestillingen forestillinger skøytebane skøytebana skøytebanen skøytebaner
skøytebanene turløype turløypa turløypen turløyper turløypene skiløype skiløypa skiløypen skiløyper
skiløypene preparering prepareringa prepareringen prepareringer prepareringene løypekjøring
løypekjøringa løypekjøringen løypekjøringer løypekjøringene badeplass badeplassa badeplassen
badeplasser badeplassene badestrand badestranda badestranden badestrander badestrandene garderobe
garderoba garderoben garderober garderobene treningstid treningstida treningstiden treningstider
treningstidene hallleie hallleia hallleien hallleier hallleiene banebooking banebookinga
banebookingen banebookinger banebookingene fritid fritida fritiden fritider fritidene gressbane
gressbanen gressbaner gressbanene gressbanar gressbanane ballbinge ballbingen ballbinger ballbingene
ballbingar ballbingane skatepark skateparken skateparker skateparkene skateparkar skateparkane sti
stien stier stiene stiar stiane tursti turstien turstier turstiene turstiar turstiane dusj dusjen
dusjer dusjene dusjar dusjane kunstgress kunstgresset kunstgressene kunstgressa basseng bassenget
bassengene bassenga svømmebasseng svømmebassenget svømmebassengene svømmebassenga idrettsanlegg
idrettsanlegget idrettsanleggene idrettsanlegga friluftsliv friluftslivet friluftslivene
friluftsliva treningssenter treningssenteret treningssentre preparert oppkjørt oppkjørte
kontrollavgift kontrollavgifta kontrollavgiften kontrollavgifter kontrollavgiftene
parkeringstillatelse parkeringstillatelsa parkeringstillatelsen parkeringstillatelser
parkeringstillatelsene lading ladinga ladingen ladinger ladingene ladeplass ladeplassa ladeplassen
ladeplasser ladeplassene korttidsparkering korttidsparkeringa korttidsparkeringen
korttidsparkeringer korttidsparkeringene langtidsparkering langtidsparkeringa langtidsparkeringen
langtidsparkeringer langtidsparkeringene innfartsparkering innfartsparkeringa innfartsparkeringen
innfartsparkeringer innfartsparkeringene elbil elbilen elbiler elbilene elbilar elbilane ladestasjon
ladestasjonen ladestasjoner ladestasjonene ladestasjonar ladestasjonane beboerkort beboerkortet
beboerkortene beboerkorta p-plass p-plassen p-plasser p-plassene p-hus betalingsapp betalingsappen
snømåking snømåkinga snømåkingen snømåkinger snømåkingene salting saltinga saltingen saltinger
saltingene glattis glattisa glattisen glattiser glattisene holke holka holken holker holkene sørpe
sørpa sørpen sørper sørpene brøytekant brøytekanta brøytekanten brøytekanter brøytekantene
brøytestikke brøytestikka brøytestikken brøytestikker brøytestikkene istapp istappa istappen
istapper istappene snøhaug snøhaugen snøhauger snøhaugene snøhaugar snøhaugane snøfall snøfallen
snøfaller snøfallene snøfallar snøfallane snøskred snøskreden snøskreder snøskredene snøskredar
snøskredane snøvær snøværen snøværer snøværene snøværar snøværane regnvær regnværen regnværer
regnværene regnværar regnværane uvær uværen uværer uværene uværar uværane sludd sludden sludder
sluddene sluddar sluddane takras takraset takrasene takrasa innsending innsendinga innsendingen
innsendinger innsendingene opplasting opplastinga opplastingen opplastinger opplastingene
bekreftelse bekreftelsa bekreftelsen bekreftelser bekreftelsene referanse referansa referansen
referanser referansene svartid svartida svartiden svartider svartidene behandlingstid
behandlingstida behandlingstiden behandlingstider behandlingstidene saksbehandlingstid
saksbehandlingstida saksbehandlingstiden saksbehandlingstider saksbehandlingstidene oppdatering
oppdateringa oppdateringen oppdateringer oppdateringene ekspedisjon ekspedisjona ekspedisjonen
ekspedisjoner ekspedisjonene skranke skranka skranken skranker skrankene besøksadresse besøksadressa
besøksadressen besøksadresser besøksadressene postadresse postadressa postadressen postadresser
postadressene telefontid telefontida telefontiden telefontider telefontidene lunsjpause lunsjpausa
lunsjpausen lunsjpauser lunsjpausene status statusen statuser statusene statusar statusane
søknadsskjema søknadsskjemaet søknadsskjemaene søknadsskjemaa svarbrev svarbrevet svarbrevene
svarbreva publikum publikumet publikumene publikuma referansenummer referansenummeret bankid bank id
kl klokka klokken døgnåpent døgnåpen kveldsåpent sommerstengt unntatt åpningstider åpningstidene
opningstider innbyggerundersøkelse innbyggerundersøkelsa innbyggerundersøkelsen
innbyggerundersøkelser innbyggerundersøkelsene brukerundersøkelse brukerundersøkelsa
brukerundersøkelsen brukerundersøkelser brukerundersøkelsene høringsfrist høringsfrista
høringsfristen høringsfrister høringsfristene høringsuttalelse høringsuttalelsa høringsuttalelsen
høringsuttalelser høringsuttalelsene innstilling innstillinga innstillingen innstillinger
innstillingene saksliste sakslista sakslisten sakslister sakslistene kunngjøring kunngjøringa
kunngjøringen kunngjøringer kunngjøringene annonse annonsa annonsen annonser annonsene
innsynsbegjæring innsynsbegjæringa innsynsbegjæringen innsynsbegjæringer innsynsbegjæringene
klagefrist klagefrista klagefristen klagefrister klagefristene klagerett klageretta klageretten
klageretter klagerettene bydel bydelen bydeler bydelene bydelar bydelane kommunegrense
kommunegrensen kommunegrenser kommunegrensene kommunegrensar kommunegrensane protokoll protokollen
protokoller protokollene protokollar protokollane møteplan møteplanen møteplaner møteplanene
møteplanar møteplanane formannskap formannskapet formannskapene formannskapa utvalgsmøte
utvalgsmøtet utvalgsmøtene utvalgsmøta sakspapir sakspapiret sakspapirene sakspapira
kommunestyremøte kommunestyremøtet kommunestyremøter kommunestyremøtene kommunestyremøta bystyre
bystyret bystyrer bystyrene bystyra bystyremøte bystyremøtet bystyremøter bystyremøtene bystyremøta
per lykke lykken lykka live linnea linneaen svale svala svalen svaler son sonen søner hai haien
haier tam tamt tamme media mediene tran tranen tang horn hornet horna hornene blom blomen sand
sanden sander sandene sandar sandane dekk dekket dekkene dekka dekke dekker dekte dekt dekkes
ungdomsskole ungdomsskolen ungdomsskoler ungdomsskolene ungdomsskolar ungdomsskolane barneskole
barneskolen barneskoler barneskolene barneskolar barneskolane grunnskole grunnskolen grunnskoler
grunnskolene grunnskolar grunnskolane skolehelsetjeneste skolehelsetjenesten skolehelsetjenester
skolehelsetjenestene skolehelsetjenestar skolehelsetjenestane ungdomsskule ungdomsskulen
ungdomsskuler ungdomsskulene ungdomsskular ungdomsskulane barneskule barneskulen barneskuler
barneskulene barneskular barneskulane grunnskule grunnskulen grunnskuler grunnskulene grunnskular
grunnskulane skolestart skolestarten skolestarter skolestartene skolestartar skolestartane
skoleplass skoleplassen skoleplasser skoleplassene skoleplassar skoleplassane utviklingssamtale
utviklingssamtalen utviklingssamtaler utviklingssamtalene utviklingssamtalar utviklingssamtalane
elevsamtale elevsamtalen elevsamtaler elevsamtalene elevsamtalar elevsamtalane samtale samtalen
samtaler samtalene samtalar samtalane gymtime gymtimen gymtimer gymtimene gymtimar gymtimane skyss
skyssen skysser skyssene skyssar skyssane skoleskyss skoleskyssen skoleskysser skoleskyssene
skoleskyssar skoleskyssane søskenmoderasjon søskenmoderasjonen søskenmoderasjoner
søskenmoderasjonene søskenmoderasjonar søskenmoderasjonane moderasjon moderasjonen moderasjoner
moderasjonene moderasjonar moderasjonane friplass friplassen friplasser friplassene friplassar
friplassane tursekk tursekken tursekker tursekkene tursekkar tursekkane smokk smokken smokker
smokkene smokkar smokkane dress dressen dresser dressene dressar dressane votte votten votter
vottene vottar vottane skulestart skulestarten skulestarter skulestartene skulestartar skulestartane
kø køen køer køene køar køane sykehjem sykehjemmet sykehjemmene sykehjemma sjukeheim sjukeheimen
sjukeheimar sjukeheimane klasserom klasserommet klasserommene venterom venterommet venterommene
soverom soverommet soverommene kum kummen kummer kummene bom bommen bommer bommene lom lommen slam
slammet støvel støvelen støvler støvlene byggje byggjer bygde bygd snu snur snudde snudd ro ror
rodde rodd nådde nådd skritt skrittet vedlikehold vedlikeholdet vask vasken strøsand tørke tørker
tørket tørka samtykke samtykket hevde hevder hevdet sitere siterte oppgradere oppgraderte oppgradert
motivere motivert spasere spaserer spaserte hilse hilser hilste hilst jeg meg min mi mitt mine du
deg din di ditt dine han ham hun henne hans hennes hennar sin si sitt sine seg vi oss vår vårt våre
dere deres de dem den det denne dette disse dei eg ho me dykk dykkar deira deim honom ein ei eit en
et noen noe nokon noko nokre ingen intet inga ingenting ingi ikke ikkje alle alt all annen annet
andre anna anten enten ellers elles selv sjølv sjølve selve samme same slik slikt slike sånn sånt
sånne hvilken hvilket hvilke kva kvar kven kvifor korleis kor kvart kvarandre hverandre hver hvert
hvem hva hvor hvorfor hvordan hvis når da då nå no enn ennå endå ennu enda og eller men for fordi at
om som så både verken hverken heller mens medan mellom siden sidan etter etterpå før innen innan
inntil til frå fra fram frem med mot imot uten utan under over ved hos hjå på i av gjennom igjennom
rundt kring omkring langs forbi bortenfor bortanfor innenfor innanfor utenfor utanfor ovenfor
ovanfor nedenfor nedanfor ifølge iflg blant bak foran framfor fremfor ovenpå oppå nedå ute inne oppe
nede borte heime hjemme hjem heim ut inn opp ned bort tilbake attende framover fremover bakover
oppover nedover innover utover bortover hit dit her der hvorhen derfra herfra derifra derav dermed
dessuten dessverre derfor difor derimot likevel likeins likeså også òg au ogsaa bare berre kun
nesten snart straks alltid aldri ofte iblant stundom somme tider plutselig plutseleg fort sakte
gjerne helst ganske svært veldig særlig særleg ekstra altfor mye mykje litt mange få fleire flere
færre mest mer meir nok vel jo nei ja jau joda neida javel okei takk tusen vær unnskyld beklager hei
hallo ha morn dag er var vært vore være vere blir ble blei vart vorte blitt bli verte vert har hadde
hatt skal skulle skulla vil ville kan kunne kunna kunnet må måtte måtta får fikk fekk fått bør burde
burda tør turte torde tore våger trenger trengte treng slipper slapp sluppet sleppe slepp sluppe
sleppte kanskje visst vist neppe trolig truleg sannsynligvis sannsynlegvis antakelig antakeleg
egentlig eigentleg faktisk virkelig verkeleg akkurat nettopp nett bokstavelig omtrent cirka ca
regnet knapt vanligvis vanlegvis sett iallfall fall uansett allikevel altså dvs mvh forresten
forøvrig heldigvis endelig endeleg først sist seinare seinere seinast lenge lenger nylig nyleg nyss
igjen atter fremdeles framleis fortsatt enno oftere oftast oftest null ett to tre fire fem seks sju
syv åtte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten tjue tyve tjueen
tjueto tjuetre tjuefire tjuefem tretti tredve førti femti seksti sytti åtti nitti hundre hundreogen
million millioner milliard milliarder første tredje fjerde femte sjette sjuende syvende åttende
niende tiende ellevte tolvte trettende fjortende femtende sekstende syttende nittende tjuende
trettiende halv halvt halve halvdel kvarter dobbel dobbelt dusin par gang eitt tvo tri fjore hundrad
tusund fyrste fyrst mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tysdag laurdag sundag
mandagen tirsdagen onsdagen torsdagen fredagen lørdagen søndagen måndagen tysdagen laurdagen
sundagen mandager tirsdager onsdager torsdager fredager lørdager søndager måndagar tysdagar onsdagar
torsdagar fredagar laurdagar sundagar søndagar helg helga helgen helger helgene helgar helgane
ukedag ukedager vekedag vekedagar hverdag hverdager kvardag kvardagar kvardagen hverdagen januar
februar mars april mai juni juli august september oktober november desember jul julen jula julaften
julaftan juledag romjul romjula romjulen nyttår nyttårsaften nyttårsaftan nyttårsdag påske påsken
påska påskeferie skjærtorsdag langfredag påskeaften påskedag pinse pinsen pinsa pinseaften pinsedag
himmelfart himmelfartsdag grunnlovsdag nasjonaldag sankthans sankthansaften jonsok vinterferie
høstferie haustferie sommerferie sumarferie juleferie ferie ferien feriar ferier feriene fridag
fridager fridagar helligdag helligdager heilagdag høytid høgtid bøkene natt natta natten netter
nettene mann mannen menn mennene far faren fedre fedrene mor moren mora mødre mødrene bror broren
brødre brødrene søster søsteren søstera søstre søstrene datter datteren dattera døtre døtrene
foreldre foreldrene forelder forelderen foresatt foresatte voksen voksne ansatt ansatte tilsett
tilsette kollega kollegaen kolleger kollegaer kollegene kollegaene ting tingen tinga tingene fot
foten føtter føttene hånd hånda hånden hender hendene hand handa tann tanna tannen tenner tennene
øye øyet øyne øynene auga auget augo kne kneet knær knærne ku kua kuen kyr kyrne kuer mus musa musen
musene sko skoen skoene ski skia skien skiene treet trær trærne rom rommet rommene romma hjemmet
hjemmene heimen program programmet programmer programmene medlem medlemmet medlemmer medlemmene dam
dammen dammer dammene vindu vinduet vinduer vinduene vindauge vindauget vindauga kjøkken kjøkkenet
kjøkkener kjøkkena sommer sommeren somrer somrene sumar sumaren vinter vinteren vintrer vintrene
våren vårer vårene morgen morgenen morgener morgon morgonen snø snøen te teen kafé kafe kafeen
kafeer kafeene idé ide ideen ideer ideene sykkel sykkelen sykler syklene syklar syklane nøkkel
nøkkelen nøkler nøklene nøklar regel regelen regler reglene reglar kapittel kapitlet kapitler
eksempel eksemplet eksempler eksemplene døme dømet himmel himmelen åker åkeren åkrer nummeret numre
numrene postnummer telefonnummer kontonummer saksnummer fødselsnummer husnummer varsel varselet
varslet varsler varslene nabovarsel nabovarselet nabovarsler senter senteret sentre sentrene
kundesenter sentrum sentrumet museum museet museer museene meter meteren kilometer liter literen
container containeren containere containerne kalender kalenderen kalendere tømmekalender
hentekalender feilen feila penger pengene klær klærne eiendom eiendommen eiendommer eiendommene
eigedom eigedommen eigedomar ungdom ungdommen stad staden stader stadene sted stedet steder stedene
seter setra seteren bot bota boten bøter bøtene parkeringsbot bonde bonden bønder bøndene kjeller
kjelleren kjellere kjellerne torden tordenen strøm strømmen strømmer strømmene straum straumen
hammer hammeren hamre hamrene saga sagaen sagaer lammet lamma lammene do doen doer flora floraen
aure auren bø bøen moe lie hol gry søppel søpla søppelet bibliotekar bibliotekaren bibliotekarer
bibliotekarene rådmann rådmannen brannmann brannmannen brannmenn politimann tå tåa tær tærne e-post
e-posten e-poster e-postene t-bane t-banen sms sms-en mms app appen apper appene nettet internett
wifi pc pc-en mobilen bestemor bestemora bestemoren bestefar bestefaren besteforeldre
besteforeldrene onkel onkelen onkler onklene fetter fetteren kusine kusina kusinen nevø niese
barnebarn oldemor oldefar svigermor svigerfar svoger svigerinne enke enkemann dagen dager dagene
dagar dagane stein steinen steiner steinene steinane bjørn bjørnen bjørner bjørnene bjørnane storm
stormen stormer stormene stormar stormane lund lunden lunder lundene lundar lundane dal dalen daler
dalene dalar dalane haug haugen hauger haugene haugar haugane bakke bakken bakker bakkene bakkar
bakkane hage hagen hager hagene hagar hagane bekk bekken bekker bekkene bekkar bekkane fjord fjorden
fjorder fjordene fjordar fjordane skog skogen skoger skogene skogar skogane foss fossen fosser
fossene fossar fossane ås åsen åser åsene åsar åsane voll vollen voller vollene vollar vollane hegg
heggen hegger heggene heggar heggane tange tangen tanger tangene tangar tangane stokk stokken
stokker stokkene stokkar stokkane kvist kvisten kvister kvistene kvistar kvistane krok kroken kroker
krokene krokar krokane lyng lyngen lynger lyngene lyngar lyngane holme holmen holmer holmene holmar
holmane holm stig stigen stiger stigene stigar stigane knut knuten knuter knutene knutar knutane
knute kar karen karer karene karar karane kai kaien kaier kaiene kaiar kaiane park parken parker
parkene parkar parkane sang sangen sanger sangene sangar sangane stol stolen stoler stolene stolar
stolane bil bilen biler bilene bilar bilane buss bussen busser bussene bussar bussane vei veien
veier veiene veiar veiane veg vegen veger vegene vegane gangen ganger gangene gangar gangane plass
plassen plasser plassene plassar plassane stand standen stander standene standar standane hall
hallen haller hallene hallar hallane tur turen turer turene turar turane arm armen armer armene
armar armane hals halsen halser halsene halsar halsane munn munnen munner munnene munnar munnane
hund hunden hunder hundene hundar hundane katt katten katter kattene kattar kattane fisk fisken
fisker fiskene fiskar fiskane fugl fuglen fugler fuglene fuglar fuglane hest hesten hester hestene
hestar hestane sau sauen sauer sauene sauar sauane gris grisen griser grisene grisar grisane elg
elgen elger elgene elgar elgane rev reven rever revene revar revane ulv ulven ulver ulvene ulvane
hauk hauken hauker haukene haukar haukane falk falken falker falkene falkar falkane ravn ravnen
ravner ravnene ravnar ravnane orm ormen ormer ormene ormar ormane svane svanen svaner svanene svanar
svanane spurv spurven spurver spurvene spurvar spurvane frosk frosken frosker froskene froskar
froskane laks laksen lakser laksene laksar laksane torsk torsken torsker torskene torskar torskane
ørret ørreten ørreter ørretene ørretar ørretane krabbe krabben krabber krabbene krabbar krabbane
hval hvalen hvaler hvalene hvalar hvalane hjort hjorten hjorter hjortene hjortar hjortane reinen
reiner reinene reinar reinane vang vangen vanger vangene vangar vangane gard garden garder gardene
gardar gardane gård gården gårder gårdene gårdar gårdane odde odden odder oddene oddar oddane odd
ask asken asker askene askar askane alm almen almer almene almar almane mo moen moer moene moar
moane ål ålen åler ålene ålar ålane sel selen seler selene selar selane røyk røyken røyker røykene
røykar røykane leik leiken leiker leikene leikar leikane svein sveinen sveiner sveinene sveinar
sveinane alv alven alver alvene alvane arne arnen arner arnene arnane kim kimen kimer kimene kimar
kimane iver iveren iverer iverene iverar iverane vilje viljen viljer viljene viljane tone tonen
toner tonene tonar tonane rune runen runer runene runane sjø sjøen sjøer sjøene sjøar sjøane innsjø
innsjøen innsjøer innsjøene innsjøar innsjøane måne månen måner månene månar månane vind vinden
vinder vindene vindar vindane frost frosten froster frostene frostar frostane høst høsten høster
høstene høstar høstane haust hausten hauster haustene haustar haustane busk busken busker buskene
buskar buskane blomst blomsten blomster blomstene blomstar blomstane mose mosen moser mosene mosar
mosane grus grusen gruser grusene grusar grusane sten stenen stener stenene stenar stenane plan
planen planer planene planar planane søknad søknaden søknader søknadene søknadar søknadane frist
fristen frister fristene fristar fristane avtale avtalen avtaler avtalene avtalar avtalane sjef
sjefen sjefer sjefene sjefar sjefane venn vennen venner vennene vennar vennane nabo naboen naboer
naboene naboar naboane gjest gjesten gjester gjestene gjestar gjestane kunde kunden kunder kundene
kundar kundane elev eleven elever elevene elevar elevane student studenten studenter studentene
studentar studentane lærling lærlingen lærlinger lærlingene lærlingar lærlingane rektor rektoren
rektorer rektorene rektorar rektorane lege legen leger legene legar legane sjåfør sjåføren sjåfører
sjåførene sjåførar sjåførane kamp kampen kamper kampene kampar kampane kamerat kameraten kamerater
kameratene kameratar kameratane gutt gutten gutter guttene guttar guttane sønn sønnen sønner sønnene
sønnar sønnane person personen personer personene personar personane familie familien familier
familiene familiar familiane ektefelle ektefellen ektefeller ektefellene ektefellar ektefellane
kjæresten kjærester kjærestene kjærestar kjærestane baby babyen babyer babyene babyar babyane
pensjonist pensjonisten pensjonister pensjonistene pensjonistar pensjonistane assistent assistenten
assistenter assistentene assistentar assistentane pedagog pedagogen pedagoger pedagogene pedagogar
pedagogane konsulent konsulenten konsulenter konsulentene konsulentar konsulentane bygning bygningen
bygninger bygningene bygningar bygningane tillatelse tillatelsen tillatelser tillatelsene
tillatelsar tillatelsane dispensasjon dispensasjonen dispensasjoner dispensasjonene dispensasjonar
dispensasjonane reguleringsplan reguleringsplanen reguleringsplaner reguleringsplanene
reguleringsplanar reguleringsplanane arealplan arealplanen arealplaner arealplanene arealplanar
arealplanane kommuneplan kommuneplanen kommuneplaner kommuneplanene kommuneplanar kommuneplanane
klage klagen klager klagene klagar klagane henvendelse henvendelsen henvendelser henvendelsene
henvendelsar henvendelsane tjeneste tjenesten tjenester tjenestene tjenestar tjenestane bolig
boligen boliger boligene boligar boligane kommune kommunen kommuner kommunene kommunar kommunane
skatt skatten skatter skattene skattar skattane eiendomsskatt eiendomsskatten eiendomsskatter
eiendomsskattene eiendomsskattar eiendomsskattane dunk dunken dunker dunkene dunkar dunkane
søppeldunk søppeldunken søppeldunker søppeldunkene søppeldunkar søppeldunkane sekk sekken sekker
sekkene sekkar sekkane pose posen poser posene posar posane plast plasten plaster plastene plastar
plastane papp pappen papper pappene pappar pappane gjenvinningsstasjon gjenvinningsstasjonen
gjenvinningsstasjoner gjenvinningsstasjonene gjenvinningsstasjonar gjenvinningsstasjonane
miljøstasjon miljøstasjonen miljøstasjoner miljøstasjonene miljøstasjonar miljøstasjonane tømmedag
tømmedagen tømmedager tømmedagene tømmedagar tømmedagane hentedag hentedagen hentedager hentedagene
hentedagar hentedagane barnehage barnehagen barnehager barnehagene barnehagar barnehagane
barnehageplass barnehageplassen barnehageplasser barnehageplassene barnehageplassar
barnehageplassane skole skolen skoler skolene skolar skolane skule skulen skuler skulene skular
skulane klasse klassen klasser klassene klassar klassane time timen timer timene timar timane
karakter karakteren karakterer karakterene karakterar karakterane skolegård skolegården skolegårder
skolegårdene skolegårdar skolegårdane skolebuss skolebussen skolebusser skolebussene skolebussar
skolebussane søknadsfrist søknadsfristen søknadsfrister søknadsfristene søknadsfristar
søknadsfristane oppstart oppstarten oppstarter oppstartene oppstartar oppstartane lekeplass
lekeplassen lekeplasser lekeplassene lekeplassar lekeplassane gymsal gymsalen gymsaler gymsalene
gymsalar gymsalane svømmehall svømmehallen svømmehaller svømmehallene svømmehallar svømmehallane
idrettshall idrettshallen idrettshaller idrettshallene idrettshallar idrettshallane konsert
konserten konserter konsertene konsertar konsertane kino kinoen kinoer kinoene kinoar kinoane
billett billetten billetter billettene billettar billettane idrett idretten idretter idrettene
idrettar idrettane fotball fotballen fotballer fotballene fotballar fotballane håndball håndballen
håndballer håndballene håndballar håndballane bane banen baner banene banar banane fotballbane
fotballbanen fotballbaner fotballbanene fotballbanar fotballbanane klubb klubben klubber klubbene
klubbar klubbane kontingent kontingenten kontingenter kontingentene kontingentar kontingentane
parkeringsplass parkeringsplassen parkeringsplasser parkeringsplassene parkeringsplassar
parkeringsplassane automat automaten automater automatene automatar automatane brøytebil brøytebilen
brøytebiler brøytebilene brøytebilar brøytebilane asfalt asfalten asfalter asfaltene asfaltar
asfaltane fartsdump fartsdumpen fartsdumper fartsdumpene fartsdumpar fartsdumpane gangvei gangveien
gangveier gangveiene gangveiar gangveiane sykkelvei sykkelveien sykkelveier sykkelveiene sykkelveiar
sykkelveiane tunnel tunnelen tunneler tunnelene tunnelar tunnelane vannledning vannledningen
vannledninger vannledningene vannledningar vannledningane lekkasje lekkasjen lekkasjer lekkasjene
lekkasjar lekkasjane kloakk kloakken kloakker kloakkene kloakkar kloakkane flom flomen flomer
flomene flomar flomane brønn brønnen brønner brønnene brønnar brønnane septiktank septiktanken
septiktanker septiktankene septiktankar septiktankane kokevarsel kokevarselen kokevarseler
kokevarselene kokevarselar kokevarselane helsestasjon helsestasjonen helsestasjoner helsestasjonene
helsestasjonar helsestasjonane fastlege fastlegen fastleger fastlegene fastlegar fastlegane tannlege
tannlegen tannleger tannlegene tannlegar tannlegane omsorgsbolig omsorgsboligen omsorgsboliger
omsorgsboligene omsorgsboligar omsorgsboligane ambulanse ambulansen ambulanser ambulansene
ambulansar ambulansane konto kontoen kontoer kontoene kontoar kontoane budsjettår budsjettåren
budsjettårer budsjettårene budsjettårar budsjettårane økonomi økonomien økonomier økonomiene
økonomiar økonomiane stønad stønaden stønader stønadene stønadar stønadane byggesøknad byggesøknaden
byggesøknader byggesøknadene byggesøknadar byggesøknadane garasje garasjen garasjer garasjene
garasjar garasjane carport carporten carporter carportene carportar carportane terrasse terrassen
terrasser terrassene terrassar terrassane ferdigattest ferdigattesten ferdigattester ferdigattestene
ferdigattestar ferdigattestane igangsettingstillatelse igangsettingstillatelsen
igangsettingstillatelser igangsettingstillatelsene igangsettingstillatelsar
igangsettingstillatelsane rammetillatelse rammetillatelsen rammetillatelser rammetillatelsene
rammetillatelsar rammetillatelsane signatur signaturen signaturer signaturene signaturar signaturane
post posten poster postene postar postane telefon telefonen telefoner telefonene telefonar
telefonane mobil mobiler mobilene mobilar mobilane fødselsdato fødselsdatoen fødselsdatoer
fødselsdatoene fødselsdatoar fødselsdatoane kommunedirektør kommunedirektøren kommunedirektører
kommunedirektørene kommunedirektørar kommunedirektørane etat etaten etater etatene etatar etatane
sektor sektoren sektorer sektorene sektorar sektorane knapp knappen knapper knappene knappar
knappane meny menyen menyer menyene menyar menyane profil profilen profiler profilene profilar
profilane chat chaten chater chatene chatar chatane chatbot chatboten chatboter chatbotene chatbotar
chatbotane kommentar kommentaren kommentarer kommentarene kommentarar kommentarane kontakt kontakten
kontakter kontaktene kontaktar kontaktane beskjed beskjeden beskjeder beskjedene beskjedar
beskjedane dato datoen datoer datoene datoar datoane måned måneden måneder månedene månedar månedane
månad månaden månader månadene månadar månadane kveld kvelden kvelder kveldene kveldar kveldane
ettermiddag ettermiddagen ettermiddager ettermiddagene ettermiddagar ettermiddagane formiddag
formiddagen formiddager formiddagene formiddagar formiddagane leilighet leiligheten leiligheter
leilighetene leilighetar leilighetane balkong balkongen balkonger balkongene balkongar balkongane
heis heisen heiser heisene heisar heisane by byen byer byene byar byane butikk butikken butikker
butikkene butikkar butikkane restaurant restauranten restauranter restaurantene restaurantar
restaurantane stasjon stasjonen stasjoner stasjonene stasjonar stasjonane flyplass flyplassen
flyplasser flyplassene flyplassar flyplassane trikk trikken trikker trikkene trikkar trikkane båt
båten båter båtene båtar båtane taxi taxien taxier taxiene taxiar taxiane mat maten mater matene
matar matane drikke drikken drikker drikkene drikkar drikkane kaffe kaffen kaffer kaffene kaffar
kaffane ost osten oster ostene ostar ostane potet poteten poteter potetene potetar potetane middag
middagen middager middagene middagar middagane frokost frokosten frokoster frokostene frokostar
frokostane lunsj lunsjen lunsjer lunsjene lunsjar lunsjane banken banker bankene bankar bankane pris
prisen priser prisene prisar prisane jobb jobben jobber jobbene jobbar jobbane arbeidsplass
arbeidsplassen arbeidsplasser arbeidsplassene arbeidsplassar arbeidsplassane rapport rapporten
rapporter rapportene rapportar rapportane grunn grunnen grunner grunnene grunnar grunnane tanke
tanken tanker tankene tankar tankane retten retter rettene rettar rettane lov loven lover lovene
lovar lovane rutine rutinen rutiner rutinene rutinar rutinane sikkerhet sikkerheten sikkerheter
sikkerhetene sikkerhetar sikkerhetane kvalitet kvaliteten kvaliteter kvalitetene kvalitetar
kvalitetane service servicen servicer servicene servicar servicane respons responsen responser
responsene responsar responsane måte måten måter måtene måtar måtane del delen deler delene delar
delane start starten starter startene startar startane slutt slutten slutter sluttene sluttar
sluttane bit biten biter bitene bitar bitane prosent prosenten prosenter prosentene prosentar
prosentane vegg veggen vegger veggene veggar veggane mur muren murer murene murar murane ovn ovnen
ovner ovnene ovnar ovnane varmen varmer varmene varmar varmane lås låsen låser låsene låsar låsane
port porten porter portene portar portane fasade fasaden fasader fasadene fasadar fasadane trafikk
trafikken trafikker trafikkene trafikkar trafikkane brann brannen branner brannene brannar brannane
alarm alarmen alarmer alarmene alarmar alarmane bustad bustaden bustader bustadene bustadar
bustadane omsorgsbustad omsorgsbustaden omsorgsbustader omsorgsbustadene omsorgsbustadar
omsorgsbustadane eigedomsskatt eigedomsskatten eigedomsskatter eigedomsskattene eigedomsskattar
eigedomsskattane byggjesøknad byggjesøknaden byggjesøknader byggjesøknadene byggjesøknadar
byggjesøknadane fritidsklubb fritidsklubben fritidsklubber fritidsklubbene fritidsklubbar
fritidsklubbane ungdomsklubb ungdomsklubben ungdomsklubber ungdomsklubbene ungdomsklubbar
ungdomsklubbane strand stranda stranden strander strandene vik vika viken viker vikene trapp trappa
trappen trapper trappene due dua duen duer duene kråke kråka kråken kråker kråkene måke måka måken
måker måkene sild silda silden silder sildene reke reka reken reker rekene tomta tomten tomter
tomtene byggesak byggesaka byggesaken byggesaker byggesakene byggjesak byggjesaka byggjesaken
byggjesaker byggjesakene sak saka saken saker sakene melding meldinga meldingen meldinger meldingene
avgift avgifta avgiften avgifter avgiftene regning regninga regningen regninger regningene betaling
betalinga betalingen betalinger betalingene innbetaling innbetalinga innbetalingen innbetalinger
innbetalingene gjenvinning gjenvinninga gjenvinningen gjenvinninger gjenvinningene henting hentinga
hentingen hentinger hentingene tømming tømminga tømmingen tømminger tømmingene rute ruta ruten ruter
rutene lekse leksa leksen lekser leksene prøve prøva prøven prøver prøvene venteliste ventelista
ventelisten ventelister ventelistene tilvenning tilvenninga tilvenningen tilvenninger tilvenningene
leke leka leken leker lekene innlevering innleveringa innleveringen innleveringer innleveringene
åpningstid åpningstida åpningstiden opningstid opningstida opningstiden opningstidene utstilling
utstillinga utstillingen utstillinger utstillingene løype løypa løypen løyper løypene lysløype
lysløypa lysløypen lysløyper lysløypene trening treninga treningen treninger treningene turnering
turneringa turneringen turneringer turneringene parkering parkeringa parkeringen parkeringer
parkeringene parkeringsavgift parkeringsavgifta parkeringsavgiften parkeringsavgifter
parkeringsavgiftene sone sona soner sonene brøyting brøytinga brøytingen brøytinger brøytingene
strøing strøinga strøingen strøinger strøingene rundkjøring rundkjøringa rundkjøringen rundkjøringer
rundkjøringene bro broa broen broer broene bru brua bruen bruer bruene kran krana kranen kraner
kranene helse helsa helsen helser helsene legevakt legevakta legevakten legevakter legevaktene
omsorg omsorga omsorgen omsorger omsorgene avlastning avlastninga avlastningen avlastninger
avlastningene timebestilling timebestillinga timebestillingen timebestillinger timebestillingene
inntekt inntekta inntekten inntekter inntektene lønn lønna lønnen lønner lønnene skattemelding
skattemeldinga skattemeldingen skattemeldinger skattemeldingene utbetaling utbetalinga utbetalingen
utbetalinger utbetalingene krone krona kronen kroner kronene gjeld gjelda gjelden gjelder gjeldene
rente renta renten renter rentene støtte støtta støtten støtter støttene bostøtte bostøtta bostøtten
bostøtter bostøttene tegning tegninga tegningen tegninger tegningene høring høringa høringen
høringer høringene saksbehandling saksbehandlinga saksbehandlingen saksbehandlinger
saksbehandlingene underskrift underskrifta underskriften underskrifter underskriftene adresse
adressa adressen adresser adressene avdeling avdelinga avdelingen avdelinger avdelingene nettside
nettsida nettsiden nettsider nettsidene side sida sider sidene lenke lenka lenken lenker lenkene
innlogging innlogginga innloggingen innlogginger innloggingene tilbakemelding tilbakemeldinga
tilbakemeldingen tilbakemeldinger tilbakemeldingene oversikt oversikta oversikten oversikter
oversiktene veiledning veiledninga veiledningen veiledninger veiledningene hjelp hjelpa hjelpen
hjelper hjelpene varsling varslinga varslingen varslinger varslingene uke uka uken uker ukene veke
veka veken veker vekene stue stua stuen stuer stuene dør døra døren dører dørene gate gata gaten
gater gatene bygda bygden bygder bygdene ferje ferja ferjen ferjer ferjene ferge ferga fergen ferger
fergene melk melka melken melkene frukt frukta frukten frukter fruktene grønnsak grønnsaka
grønnsaken grønnsaker grønnsakene kake kaka kaken kaker kakene kvittering kvitteringa kvitteringen
kvitteringer kvitteringene vare vara varen varer varene jakke jakka jakken jakker jakkene bukse
buksa buksen bukser buksene lue lua luen luer luene tante tanta tanten tanter tantene kvinne kvinna
kvinnen kvinner kvinnene dame dama damen damer damene jente jenta jenten jenter jentene stilling
stillinga stillingen stillinger stillingene utdanning utdanninga utdanningen utdanninger
utdanningene opplæring opplæringa opplæringen opplæringer opplæringene erfaring erfaringa erfaringen
erfaringer erfaringene oppgave oppgava oppgaven oppgaver oppgavene sol sola solen soler solene sky
skya skyen skyer skyene stjerne stjerna stjernen stjerner stjernene elv elva elven elver elvene øy
øya øyen øyer øyene li lia lien lier liene myr myra myren myrer myrene eng enga engen enger engene
mark marka marken marker markene eik eika eiken eiker eikene bjørk bjørka bjørken bjørker bjørkene
gran grana granen graner granene furu furua furuen furuer furuene lind linden linder lindene rogn
rogna rognen rogner rognene selje selja seljen seljer seljene rose rosen roser rosene lilje lilja
liljen liljer liljene jord jorda jorden jorder jordene leire leira leiren leirer leirene tid tida
tiden tidene glede gleda gleden gleder gledene mening meninga meningen meninger meningene årsak
årsaka årsaken årsaker årsakene stemme stemma stemmen stemmer stemmene plikt plikta plikten plikter
pliktene løsning løsninga løsningen løsninger løsningene endring endringa endringen endringer
endringene forbedring forbedringa forbedringen forbedringer forbedringene utvikling utviklinga
utviklingen utviklinger utviklingene mil mila milen miler milene klokke klokker klokkene avis avisa
avisen aviser avisene vise visa visen viser visene ordning ordninga ordningen ordninger ordningene
hytte hytta hytten hytter hyttene kasse kassa kassen kasser kassene flaske flaska flasken flasker
flaskene eske eska esken esker eskene hylle hylla hyllen hyller hyllene seng senga sengen senger
sengene pute puta puten puter putene dyne dyna dynen dyner dynene lampe lampa lampen lamper lampene
pære pæra pæren pærer pærene søppelbøtte søppelbøtta søppelbøtten søppelbøtter søppelbøttene bøtte
bøtta bøtten bøtter bøttene veske veska vesken vesker veskene grind grinda grinden grinder grindene
bod boda boden boder bodene pipe pipa pipen piper pipene fjære fjæra fjæren fjærer fjærene flata
flaten flater flatene slette sletta sletten sletter slettene borg borga borgen borger borgene line
lina linen liner linene erle erla erlen erler erlene dokke dokka dokken dokker dokkene sag sagen
sager sagene tåke tåka tåken tåker tåkene ulykke ulykka ulykken ulykker ulykkene teneste tenesta
tenesten tenester tenestene verksemd verksemda verksemden verksemder verksemdene eining eininga
einingen eininger einingene grend grenda grenden grender grendene mappe mappa mappen mapper mappene
liste lista listen lister listene rekke rekka rekken rekker rekkene gruppe gruppa gruppen grupper
gruppene avgjørelse avgjørelsa avgjørelsen avgjørelser avgjørelsene beslutning beslutninga
beslutningen beslutninger beslutningene vurdering vurderinga vurderingen vurderinger vurderingene
kartlegging kartlegginga kartleggingen kartlegginger kartleggingene undersøkelse undersøkelsa
undersøkelsen undersøkelser undersøkelsene samtala innkalling innkallinga innkallingen innkallinger
innkallingene påmelding påmeldinga påmeldingen påmeldinger påmeldingene avmelding avmeldinga
avmeldingen avmeldinger avmeldingene registrering registreringa registreringen registreringer
registreringene bestilling bestillinga bestillingen bestillinger bestillingene levering leveringa
leveringen leveringer leveringene reparasjon reparasjona reparasjonen reparasjoner reparasjonene
oppussing oppussinga oppussingen oppussinger oppussingene rivning rivninga rivningen rivninger
rivningene graving gravinga gravingen gravinger gravingene asfaltering asfalteringa asfalteringen
asfalteringer asfalteringene belysning belysninga belysningen belysninger belysningene skilting
skiltinga skiltingen skiltinger skiltingene merking merkinga merkingen merkinger merkingene sikring
sikringa sikringen sikringer sikringene rydding ryddinga ryddingen ryddinger ryddingene beredskap
beredskapa beredskapen beredskaper beredskapene vakt vakta vakten vakter vaktene pause pausa pausen
pauser pausene stund stunda stunden stunder stundene økt økta økten økter øktene runde runda runden
runder rundene hus huset husene husa barn barnet barnene barna år året årene åra brev brevet brevene
breva tak taket takene taka gulv gulvet gulvene gulva bad badet badene bada land landet landene
landa torg torget torgene torga tog toget togene toga fly flyet flyene flya kortet kortene korta
brød brødet brødene brøda kjøtt kjøttet kjøttene kjøtta glass glasset glassene glassa sluk sluket
slukene sluka rør røret rørene røra hull hullet hullene hulla skilt skiltet skiltene skilta kryss
krysset kryssene kryssa lag laget lagene laga trinn trinnet trinnene trinna fag faget fagene faga
lån lånet lånene låna utlån utlånet utlånene utlåna kurs kurset kursene kursa søk søket søkene søka
svar svaret svarene svara navn navnet navnene navna namn namnet namnene namna spørsmål spørsmålet
spørsmålene spørsmåla forslag forslaget forslagene forslaga behov behovet behovene behova tilbud
tilbudet tilbudene tilbuda vedtak vedtaket vedtakene vedtaka krav kravet kravene krava tiltak
tiltaket tiltakene tiltaka tilbygg tilbygget tilbyggene tilbygga vedlegg vedlegget vedleggene
vedlegga innsyn innsynet innsynene innsyna trekk trekket trekkene trekka fradrag fradraget
fradragene fradraga tilskudd tilskuddet tilskuddene tilskudda beløp beløpet beløpene beløpa antall
antallet antallene antalla valg valget valgene valga mål målet målene måla folk folket folkene folka
regn regnene regna lyn lynet lynene lyna været værene væra hav havet havene hava nes neset nesene
nesa fjell fjellet fjellene fjella berg berget bergene berga siv sivet sivene gress gresset gressene
gressa bein beinet beinene beina liv livet livene vann vannet vannene vanna vatn vatnet vatnene
vatna avløp avløpet avløpene avløpa avfall avfallet avfallene avfalla gangfelt gangfeltet
gangfeltene gangfelta gatelys gatelyset gatelysene gatelysa kulturhus kulturhuset kulturhusene
kulturhusa samfunnshus samfunnshuset samfunnshusene samfunnshusa forsamlingshus forsamlingshuset
forsamlingshusene forsamlingshusa parkeringshus parkeringshuset parkeringshusene parkeringshusa
sykehus sykehuset sykehusene sykehusa sjukehus sjukehuset sjukehusene sjukehusa rådhus rådhuset
rådhusene rådhusa servicetorg servicetorget servicetorgene servicetorga sentralbord sentralbordet
sentralbordene sentralborda friminutt friminuttet friminuttene friminutta klokkeslett klokkeslettet
klokkeslettene klokkesletta opptak opptaket opptakene opptaka loft loftet loftene lofta tun tunet
tunene tuna sund sundet sundene sunda ord ordet ordene orda hjul hjulet hjulene hjula spill spillet
spillene spilla settet settene setta slag slaget slagene slaga bord bordet bordene borda skap skapet
skapene skapa speil speilet speilene speila felt feltet feltene felta dyret dyrene dyra egg egget
eggene egga bær bæret bærene bæra korn kornet kornene korna salt saltet saltene salta smør smøret
smørene smøra øl ølet ølene øla hår håret hårene håra blikk blikket blikkene blikka øyeblikk
øyeblikket øyeblikkene øyeblikka forhold forholdet forholdene forholda vilkår vilkåret vilkårene
vilkåra hensyn hensynet hensynene hensyna inntrykk inntrykket inntrykkene inntrykka utvalg utvalget
utvalgene utvalga råd rådet rådene råda nabolag nabolaget nabolagene nabolaga boligfelt boligfeltet
boligfeltene boligfelta byggefelt byggefeltet byggefeltene byggefelta anlegg anlegget anleggene
anlegga bygg bygget byggene bygga tilsyn tilsynet tilsynene tilsyna ansvar ansvaret ansvarene
ansvara oppdrag oppdraget oppdragene oppdraga innhold innholdet innholdene innholda avsnitt
avsnittet avsnittene avsnitta uhell uhellet uhellene uhella holt holtet holtene holta skår skåret
skårene skåra lin linet ly lyet lyene lya tinn tinnet tinnene tinna hell hellet hellene hella naust
naustet naustene nausta bud budet budene buda os oset osene osa hoff hoffet hoffene hoffa holet
holene hola boss bosset bossene bossa lyset lysene lysa passord passordet passordene passorda
matavfall matavfallet matavfallene matavfalla restavfall restavfallet restavfallene restavfalla
hageavfall hageavfallet hageavfallene hageavfalla overvann overvannet overvannene overvanna vannverk
vannverket vannverkene vannverka postmottak postmottaket postmottakene postmottaka lånekort
lånekortet lånekortene lånekorta idrettslag idrettslaget idrettslagene idrettslaga opplegg opplegget
oppleggene opplegga utkast utkastet utkastene utkasta innspill innspillet innspillene innspilla
oppslag oppslaget oppslagene oppslaga tall tallet tallene talla kart kartet kartene karta bilag
bilaget bilagene bilaga skriv skrivet skrivene skriva prosjekt prosjektet prosjekter prosjektene
prosjekta møte møtet møter møtene møta eple eplet epler eplene epla område området områder områdene
områda fylke fylket fylker fylkene fylka gebyr gebyret gebyrer gebyrene gebyra papir papiret papirer
papirene papira metall metallet metaller metallene metalla dokument dokumentet dokumenter
dokumentene dokumenta arkiv arkivet arkiver arkivene arkiva skjema skjemaet skjemaer skjemaene
skjemaa apotek apoteket apoteker apotekene apoteka bibliotek biblioteket biblioteker bibliotekene
biblioteka arrangement arrangementet arrangementer arrangementene arrangementa hotell hotellet
hoteller hotellene hotella marked markedet markeder markedene markeda ønske ønsket ønsker ønskene
ønska budsjett budsjettet budsjetter budsjettene budsjetta regnskap regnskapet regnskaper
regnskapene regnskapa problem problemet problemer problemene problema system systemet systemer
systemene systema resultat resultatet resultater resultatene resultata hode hodet hoder hodene hoda
øre øret ører ørene øra hjerte hjertet hjerter hjertene hjerta menneske mennesket mennesker
menneskene menneska stykke stykket stykker stykkene stykka tilfelle tilfellet tilfeller tilfellene
tilfella styre styret styrer styrene styra bilde bildet bilder bildene bilda punkt punktet punkter
punktene punkta distrikt distriktet distrikter distriktene distrikta kontor kontoret kontorer
kontorene kontora minutt minuttet minutter minuttene minutta sekund sekundet sekunder sekundene
sekunda tidspunkt tidspunktet tidspunkter tidspunktene tidspunkta legekontor legekontoret
legekontorer legekontorene legekontora fortau fortauet fortauer fortauene fortaua toalett toalettet
toaletter toalettene toaletta selskap selskapet selskaper selskapene selskapa firma firmaet firmaer
firmaene firmaa tema temaet temaer temaene temaa kamera kameraet kameraer kameraene kameraa politi
politiet politier politiene politia gjerde gjerdet gjerder gjerdene gjerda uteområde uteområdet
uteområder uteområdene uteområda arbeid arbeidet arbeider arbeidene arbeida medlemskap medlemskapet
medlemskaper medlemskapene medlemskapa kommunestyre kommunestyret kommunestyrer kommunestyrene
kommunestyra bryne brynet bryner brynene bryna løyve løyvet løyver løyvene løyva foredrag foredraget
foredrager foredragene foredraga bidrag bidraget bidrager bidragene bidraga forbud forbudet forbuder
forbudene forbuda påbud påbudet påbuder påbudene påbuda vedlikeholder vedlikeholdene vedlikeholda
initiativ initiativet initiativer initiativene initiativa kompliment komplimentet komplimenter
komplimentene komplimenta spørreskjema spørreskjemaet spørreskjemaer spørreskjemaene spørreskjemaa
lærer læreren lærere lærerne lærar læraren lærarar lærarane bruker brukeren brukere brukerne brukar
brukaren brukarar brukarane borgeren borgere borgerne borgaren borgarar borgarane innbygger
innbyggeren innbyggere innbyggerne innbyggar innbyggaren innbyggarar innbyggarane søker søkeren
søkere søkerne søkar søkaren søkarar søkarane saksbehandler saksbehandleren saksbehandlere
saksbehandlerne saksbehandlar saksbehandlaren saksbehandlarar saksbehandlarane ordfører ordføreren
ordførere ordførerne ordførar ordføraren ordførarar ordførarane varaordfører varaordføreren
varaordførere varaordførerne varaordførar varaordføraren varaordførarar varaordførarane styreren
styrere styrerne styrar styraren styrarar styrarane samboer samboeren samboere samboerne samboar
samboaren samboarar samboarane beboer beboeren beboere beboerne beboar beboaren beboarar beboarane
eier eieren eiere eierne eiar eiaren eiarar eiarane leietaker leietakeren leietakere leietakerne
leietakar leietakaren leietakarar leietakarane huseier huseieren huseiere huseierne huseiar
huseiaren huseiarar huseiarane sykepleier sykepleieren sykepleiere sykepleierne sykepleiar
sykepleiaren sykepleiarar sykepleiarane helsesykepleier helsesykepleieren helsesykepleiere
helsesykepleierne helsesykepleiar helsesykepleiaren helsesykepleiarar helsesykepleiarane måler
måleren målere målerne målar målaren målarar målarane fiskeren fiskere fiskerne fiskaren fiskarar
fiskarane snekker snekkeren snekkere snekkerne snekkar snekkaren snekkarar snekkarane maler maleren
malere malerne malar malaren malarar malarane rørlegger rørleggeren rørleggere rørleggerne rørleggar
rørleggaren rørleggarar rørleggarane elektriker elektrikeren elektrikere elektrikerne elektrikar
elektrikaren elektrikarar elektrikarane arbeideren arbeidere arbeiderne arbeidar arbeidaren
arbeidarar arbeidarane baker bakeren bakere bakerne bakar bakaren bakarar bakarane trener treneren
trenere trenerne trenar trenaren trenarar trenarane leder lederen ledere lederne ledar ledaren
ledarar ledarane utbygger utbyggeren utbyggere utbyggerne utbyggar utbyggaren utbyggarar utbyggarane
rådgiver rådgiveren rådgivere rådgiverne rådgivar rådgivaren rådgivarar rådgivarane medarbeider
medarbeideren medarbeidere medarbeiderne medarbeidar medarbeidaren medarbeidarar medarbeidarane
deltaker deltakeren deltakere deltakerne deltakar deltakaren deltakarar deltakarane tilsynsfører
tilsynsføreren tilsynsførere tilsynsførerne tilsynsførar tilsynsføraren tilsynsførarar
tilsynsførarane grunneier grunneieren grunneiere grunneierne grunneiar grunneiaren grunneiarar
grunneiarane forfatter forfatteren forfattere forfatterne forfattar forfattaren forfattarar
forfattarane kunstner kunstneren kunstnere kunstnerne kunstnar kunstnaren kunstnarar kunstnarane
musiker musikeren musikere musikerne musikar musikaren musikarar musikarane vaktmester vaktmesteren
vaktmestere vaktmesterne vaktmestar vaktmestaren vaktmestarar vaktmestarane brannmester
brannmesteren brannmestere brannmesterne brannmestar brannmestaren brannmestarar brannmestarane
renholder renholderen renholdere renholderne renholdar renholdaren renholdarar renholdarane avsender
avsenderen avsendere avsenderne avsendar avsendaren avsendarar avsendarane mottaker mottakeren
mottakere mottakerne mottakar mottakaren mottakarar mottakarane kaste kaster kastet kasta kastes
kastar kastast kast snakke snakker snakket snakka snakkes snakkar snakkast snakk hente henter hentet
henta hentes hentar hentast hent vente venter ventet venta ventes ventar ventast vent åpner åpnet
åpna åpnes åpnar åpnast opne opner opnet opna opnes opnar opnast jobbe jobbet jobba jobbes jobbast
arbeide arbeides arbeidast lage lager lages lagar lagast prate prater pratet prata prates pratar
pratast prat klaget klaga klages klagast klag kontakte kontaktet kontakta kontaktes kontaktast
ønskes ønskar ønskast ønsk mangle mangler manglet mangla mangles manglar manglast savne savner
savnet savna savnes savnar savnast elske elsker elsket elska elskes elskar elskast elsk hate hater
hatet hata hates hatar hatast hat takke takker takket takka takkes takkar takkast flytte flytter
flyttet flytta flyttes flyttar flyttast flytt sykle syklet sykla sykles syklast hoppe hopper hoppet
hoppa hoppes hoppar hoppast hopp danse danser danset dansa danses dansar dansast dans bade bader
bades badar badast fiske fisket fiska fiskes fiskast jakte jakter jaktet jakta jaktes jaktar jaktast
jakt plukke plukker plukket plukka plukkes plukkar plukkast plukk plante planter plantet planta
plantes plantar plantast plant fikse fikser fikset fiksa fikses fiksar fiksast fiks ordne ordner
ordnet ordna ordnes ordnar ordnast rydde rydder ryddet rydda ryddes ryddar ryddast rydd vaske vasker
vasket vaska vaskes vaskar vaskast brøyte brøyter brøytet brøyta brøytes brøytar brøytast brøyt
måket måkes måkar måkast måk salte salter saltes saltar saltast booke booker booket booka bookes
bookar bookast book logge logger logget logga logges loggar loggast logg klikke klikker klikket
klikka klikkes klikkar klikkast klikk trykke trykker trykket trykka trykkes trykkar trykkast trykk
sjekke sjekker sjekket sjekka sjekkes sjekkar sjekkast sjekk innvilge innvilger innvilget innvilga
innvilges innvilgar innvilgast innvilg behandle behandler behandlet behandla behandles behandlar
behandlast varsle varsla varsles varslar varslast endre endrer endret endra endres endrar endrast
forbedre forbedrer forbedret forbedra forbedres forbedrar forbedrast virke virker virket virka
virkes virkar virkast virk håpe håper håpet håpa håpes håpar håpast håp lure lurer luret lura lures
lurar lurast lur miste mister mistet mista mistes mistar mistast mist huske husker husket huska
huskes huskar huskast husk lytte lytter lyttet lytta lyttes lyttar lyttast lytt titte titter tittet
titta tittes tittar tittast titt kikke kikker kikket kikka kikkes kikkar kikkast kikk samarbeide
samarbeider samarbeidet samarbeida samarbeides samarbeidar samarbeidast samarbeid feire feirer
feiret feira feires feirar feirast feir starte startet starta startes startast slutte sluttet slutta
sluttes sluttast avslutte avslutter avsluttet avslutta avsluttes avsluttar avsluttast avslutt stoppe
stopper stoppet stoppa stoppes stoppar stoppast stopp stanse stanser stanset stansa stanses stansar
stansast stans skifte skifter skiftet skifta skiftes skiftar skiftast skift bytte bytter byttet
bytta byttes byttar byttast bytt minke minker minket minka minkes minkar minkast mink heve hever
hevet heva heves hevar hevast hev koste koster kostet kosta kostes kostar kostast kost beklage
beklaget beklaga beklages beklagar beklagast beklag skuffe skuffer skuffet skuffa skuffes skuffar
skuffast skuff ergre ergrer ergret ergra ergres ergrar ergrast bekymre bekymrer bekymret bekymra
bekymres bekymrar bekymrast frykte frykter fryktet frykta fryktes fryktar fryktast frykt våkne
våkner våknet våkna våknes våknar våknast handle handler handlet handla handles handlar handlast
pakke pakker pakket pakka pakkes pakkar pakkast pakk løfte løfter løftet løfta løftes løftar løftast
løft lukke lukker lukket lukka lukkes lukkar lukkast lukk dytte dytter dyttet dytta dyttes dyttar
dyttast dytt velte velter veltet velta veltes veltar veltast velt skade skader skadet skada skades
skadar skadast skad fjerner fjernet fjerna fjernes fjernar fjernast slettet slettes slettar slettast
slett lagre lagrer lagret lagra lagres lagrar lagrast laste laster lastet lasta lastes lastar
lastast last printe printet printa printes printar printast print skanne skanner skannet skanna
skannes skannar skannast skann merke merker merket merka merkes merkar merkast merk regne regner
regnes regnar regnast beregne beregner beregnet beregna beregnes beregnar beregnast tine tiner tinet
tines tinar tinast tin vokse vokser vokset voksa vokses voksar voksast voks blomstre blomstrer
blomstret blomstra blomstres blomstrar blomstrast rake raker raket raka rakes rakar rakast rak
tetter tettet tetta tettes tettar tettast lekke lekker lekket lekka lekkes lekkar lekkast lekk
slukke slukker slukket slukka slukkes slukkar slukkast slukk varmet varma varmes vokte vokter voktet
vokta voktes voktar voktast vokt lede ledet leda ledes ledast led nekte nekter nektet nekta nektes
nektar nektast nekt anke anker anket anka ankes ankar ankast ank støttet støttes støttar støttast
støtt tolke tolker tolket tolka tolkes tolkar tolkast tolk teste tester testet testa testes testar
testast test gledet gledes gledar gledast gled berge berger berges bergar bergast rygge rygger
rygget rygga rygges ryggar ryggast rygg metter mettet metta mettes mettar ane aner anet anes anar
anast brynes brynar brynast bryn samle samler samlet samla samles samlar samlast pusse pusser pusset
pussa pusses pussar pussast puss rense renser renset rensa renses rensar rensast rens lade lader
ladet lada lades ladar ladast lad krysse krysser krysses kryssar kryssast passe passer passet passa
passes passar passast pass bekrefte bekrefter bekreftet bekrefta bekreftes bekreftar bekreftast
bekreft skrape skraper skrapet skrapa skrapes skrapar skrapast skrap kjede kjeder kjedet kjeda
kjedes kjedar kjedast kjed klatre klatrer klatret klatra klatres klatrar klatrast lufte lufter
luftet lufta luftes luftar luftast luft plage plager plaget plaga plages plagar plagast plag svinge
svinger svinget svinga svinges svingar svingast sving tulle tuller tullet tulla tulles tullar
tullast tull tøyse tøyser tøyset tøysa tøyses tøysar tøysast tøys vinke vinker vinket vinka vinkes
vinkar vinkast vink lete leter letet leta letes letar letast let tape taper tapet tapa tapes tapar
tapast tap gjette gjetter gjettet gjetta gjettes gjettar gjettast gjett juble jubler jublet jubla
jubles jublar jublast kose koser koset kosa koses kosar kosast kos padle padler padlet padla padles
padlar padlast seile seiler seilet seila seiles seilar seilast seil smake smaker smaket smaka smakes
smakar smakast smak lukte lukter luktet lukta luktes luktar luktast lukt svare svarer svares ringe
ringer ringte ringt ringes ring sende sender sendte sendt sendes send stenge stenger stenges steng
bruke brukte brukt brukes bruk melde melder meldte meldt meldes meld søke søkte søkt søkes betale
betaler betalte betalt betales betal trenge trengt trenges lære lærte lært læres lær lekte lekt
lekes lek lese leser leste lest leses les spise spiser spiste spist spises spis kjøpe kjøper kjøpte
kjøpt kjøpes kjøp låne låner lånte lånt lånes reise reiser reiste reist reises reis kjøre kjører
kjørte kjørt kjøres kjør parkere parkerer parkerte parkert parkeres spille spiller spilte spilt
spilles trene trente trent trenes tren svømme svømmer svømte svømt svømmes svøm male malte malt
males mal tømme tømmer tømte tømt tømmes tøm sortere sorterer sorterte sortert sorteres sorter
kildesortere kildesorterer kildesorterte kildesortert kildesorteres kildesorter levere leverer
leverte levert leveres lever bestille bestiller bestilte bestilt bestilles bestill avbestille
avbestiller avbestilte avbestilt avbestilles avbestill registrere registrerer registrerte registrert
registreres registrer fylle fyller fylte fylt fylles fyll kontrollere kontrollerer kontrollerte
kontrollert kontrolleres kontroller godkjenne godkjenner godkjente godkjent godkjennes godkjenn
vurdere vurderer vurderte vurdert vurderes vurder bestemme bestemmer bestemte bestemt bestemmes
bestem informere informerer informerte informert informeres informer oppdatere oppdaterer oppdaterte
oppdatert oppdateres oppdater fungere fungerer fungerte fungert fungeres funger stemte stemt stemmes
stem mene mener mente ment menes tenke tenker tenkte tenkt tenkes tenk føle føler følte følt føles
føl forsøke forsøker forsøkte forsøkt forsøkes forsøk klarer klarte klares viste vises vis glemme
glemmer glemte glemt glemmes glem skjønne skjønner skjønte skjønt skjønnes skjønn forklare forklarer
forklarte forklart forklares forklar høre hører hørte hørt høres hør besøke besøker besøkte besøkt
besøkes besøk invitere inviterer inviterte invitert inviteres inviter møtte møtt møtes møt dele
delte delt deles kjenne kjenner kjente kjent kjennes kjenn liker likte likes begynne begynner
begynte begynt begynnes begynn øke øker økte økes redusere reduserer reduserte redusert reduseres
reduser spare sparer sparte spart spares spar tjene tjener tjente tjent tjenes tjen skylde skylder
skyldte skyldt skyldes skyld anbefale anbefaler anbefalte anbefalt anbefales anbefal unnskylde
unnskylder unnskyldte unnskyldt unnskyldes irritere irriterer irriterte irritert irriteres irriter
rope roper ropte ropt ropes rop smile smiler smilte smilt smiles smil koke koker kokte kokt kokes
kok knuse knuser knuste knust knuses knus signere signerer signerte signert signeres signer måle
målte målt måles lyser lyste lyses klippe klipper klipte klipt klippes klipp spyle spyler spylte
spylt spyles spyl brenne brenner brente brent brennes brenn tenne tente tent tennes tenn kjøle
kjøler kjølte kjølt kjøles kjøl fyre fyrer fyrte fyrt fyres fyr stelle steller stelte stelt stelles
stell styrte styrt styres styr organisere organiserer organiserte organisert organiseres organiser
arrangere arrangerer arrangerte arrangert arrangeres arranger gjennomføre gjennomfører gjennomførte
gjennomført gjennomføres gjennomfør utføre utfører utførte utført utføres utfør avlyse avlyser
avlyste avlyst avlyses avlys akseptere aksepterer aksepterte akseptert aksepteres aksepter avvise
avviser avviste avvist avvises avvis protestere protesterer protesterte protestert protesteres
protester diskutere diskuterer diskuterte diskutert diskuteres diskuter publisere publiserer
publiserte publisert publiseres publiser undervise underviser underviste undervist undervises
undervis studere studerer studerte studert studeres studer helle helte helles lene lener lente lent
lenes len unne unner unte unt unnes låse låste låst låses reparere reparerer reparerte reparert
repareres reparer kommunisere kommuniserer kommuniserte kommunisert kommuniseres kommuniser passere
passerer passerte passert passeres etablere etablerer etablerte etablert etableres etabler
installere installerer installerte installert installeres installer montere monterer monterte
montert monteres monter demontere demonterer demonterte demontert demonteres demonter rehabilitere
rehabiliterer rehabiliterte rehabilitert rehabiliteres rehabiliter renovere renoverer renoverte
renovert renoveres renover regulere regulerer regulerte regulert reguleres reguler prioritere
prioriterer prioriterte prioritert prioriteres prioriter evaluere evaluerer evaluerte evaluert
evalueres evaluer justere justerer justerte justert justeres juster planere planerer planerte
planert planeres drenere drenerer drenerte drenert dreneres drener asfaltere asfalterer asfalterte
asfaltert asfalteres markere markerer markerte markert markeres rapportere rapporterer rapporterte
rapportert rapporteres dokumentere dokumenterer dokumenterte dokumentert dokumenteres notere noterer
noterte notert noteres noter kopiere kopierer kopierte kopiert kopieres kopier reservere reserverer
reserverte reservert reserveres reserver abonnere abonnerer abonnerte abonnert abonneres abonner
annonsere annonserer annonserte annonsert annonseres kvalifisere kvalifiserer kvalifiserte
kvalifisert kvalifiseres kvalifiser definere definerer definerte definert defineres definer
ekspedere ekspederer ekspederte ekspedert ekspederes ekspeder presentere presenterer presenterte
presentert presenteres presenter praktisere praktiserer praktiserte praktisert praktiseres praktiser
variere varierer varierte variert varieres varier gratulere gratulerer gratulerte gratulert
gratuleres gratuler reagere reagerer reagerte reagert reageres reager respektere respekterer
respekterte respektert respekteres respekter tolerere tolererer tolererte tolerert tolereres tolerer
leve levde levd leves lev bygge bygger bygges prøvde prøvd prøves prøv øve øver øvde øvd øves
oppleve opplever opplevde opplevd oppleves opplev leier leide leid leies eie eide eid eies feie
feide feid feies fei veie veide veid veies heie heier heide heid heies greier greide greid greies
byggjde byggjd byggjes kreve krever krevde krevd kreves krev bo bor bodde bodd bos bu bur budde budd
bus strø strør strødde strødd strøs gro gror grodde grodd gros snør snødde snødd snøs sy syr sydde
sydd sys gjøre gjør gjorde gjort gjere gjer sier sa sagt seie seier sei gå går gikk gått gjekk stå
står sto stod stått komme kommer kom kommet kome kjem se ser sjå såg gi gir ga gav gitt gje gjev
gjeve ta tar tok tatt teke tek dra drar dro drog dratt drege legge legger la lagt legg ligge ligger
lå ligget sette setter satte satt set sitte sitter sittet sit sat site finne finner fant funnet fann
funne vite vet visste veit skrive skriver skrev skrevet skreiv spørre spør spurte spurt spurde
fortelle forteller fortalte fortalt fortel fortalde selge selger solgte solgt selde selt velge
velger valgte valgt velje valde valt følge følger fulgte fulgt følgje fylgje fylgjer fylgde hjelpe
hjalp hjulpet hjelpte hjelpt forstå forstår forsto forstod forstått synes syntes synest syntest
drakk drukket drukke synge synger sunget song sunge løpe løper løp løpt løpet springe spring sprang
sprunge falle faller falt slå slår slo slått slege bære bærer bar båret bere ber bore sove sover sov
sovet gråte gråter gråt gret fryse fryser frøs frosset fraus frose blåse blåser blåste blåst bles
rive river revet reiv bite bet bitt beit skyte skyter skjøt skutt skaut skote flyr fløy fløyet flaug
treffe treffer traff truffet trefte slippe stikke stikker stakk stukket trekke trekker trakk trukket
bryte bryter brøt brutt braut gli glir glei glidd skli sklir skled sklei sklidd vinne vinner vant
vunnet vunne rakk rukket be ba bedt renne renner rant rann runne binde binder bandt bundet forsvinne
forsvinner forsvant forsvunnet hete heter het hett heite heiter heitte lar lot latt late holde
holder holdt halde held heldt gjelde gjaldt bety betyr betydde betydd tyde tyder tydde delta deltar
deltok deltatt deltek motta mottar mottok mottatt mottek foreslå foreslår foreslo foreslått avslå
avslår avslo avslått godta godtar godtok godtatt vedta vedtar vedtok vedtatt utsette utsetter
utsatte utsatt fortsette fortsetter fortsatte oversette oversetter oversatte oversatt planlegge
planlegger planla planlagt ødelegge ødelegger ødela ødelagt hogge hogger hogg hogd grave graver grov
gravde gravd skjære skjærer skar brekke brekker brakk brukket ete åt le ler ledd tort våge våget flå
flår flådde flådd velg følg finn
`;

/** Common lowercase English words, including English words that are also names (will, mark, rose). */
export const ENGLISH_WORDS = `
a an the this that these those here there where when why how what which who whom whose whoever
whatever whichever wherever whenever however i me my mine myself you your yours yourself yourselves
he him his himself she her hers herself it its itself we us our ours ourselves they them their
theirs themselves one ones someone somebody something somewhere anyone anybody anything anywhere
everyone everybody everything everywhere no none nobody nothing nowhere each every either neither
both all any some many much more most few fewer less least several enough other others another such
own same else and or but nor so yet for because since although though unless until till while
whereas whether if than as like then once also too very really quite rather just only even still
already almost always never often sometimes usually seldom rarely ever again soon later now today
tonight tomorrow yesterday ago before after during within without about above across against along
among around at behind below beneath beside besides between beyond by down from in inside into near
of off on onto out outside over past per through throughout to toward towards under underneath up
upon via with not yes ok okay please thanks thank sorry hello hi hey bye goodbye welcome maybe
perhaps probably possibly certainly definitely actually anyway instead otherwise therefore thus
hence indeed meanwhile nearly exactly especially particularly mainly mostly partly simply together
alone apart away back forward forwards ahead home abroad upstairs downstairs anyhow somehow am is
are was were be been being have has had having do does did done doing will would shall should can
could may might must ought need needs needed dare let lets zero two three four five six seven eight
nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty
forty fifty sixty seventy eighty ninety hundred thousand million billion first second third fourth
fifth sixth seventh eighth ninth tenth last next half quarter double twice dozen monday tuesday
wednesday thursday friday saturday sunday weekend weekday weekdays weekends january february march
april june july august september october november december spring summer autumn fall winter
christmas easter holiday holidays vacation birthday day days week weeks month months year years hour
hours minute minutes seconds time times moment moments morning mornings afternoon afternoons evening
evenings night nights noon noons midnight midnights date dates calendar calendars season seasons
century centuries decade decades man men woman women child children boy boys girl girls baby babies
kid kids adult adults parent parents mother mothers father fathers mom moms mum mums dad dads son
sons daughter daughters brother brothers sister sisters family families friend friends neighbour
neighbours neighbor neighbors husband husbands wife wives partner partners guest guests visitor
visitors customer customers user users citizen citizens resident residents member members student
students pupil pupils teacher teachers worker workers employee employees boss bosses manager
managers leader leaders staff team teams group groups person people house houses homes flat flats
apartment apartments room rooms kitchen kitchens bathroom bathrooms bedroom bedrooms garden gardens
yard yards garage garages door doors window windows wall walls floor floors roof roofs stair stairs
building buildings office offices shop shops store stores school schools library libraries hall
halls station stations airport airports hotel hotels restaurant restaurants cafe cafes bank banks
park parks street streets road roads way ways path paths bridge bridges car cars bus buses train
trains plane planes boat boats ship ships bike bikes bicycle bicycles taxi taxis ticket tickets seat
seats water food foods bread milk coffee coffees tea teas cake cakes meal meals breakfast breakfasts
lunch lunches dinner dinners fruit fruits apple apples vegetable vegetables meat meats fish egg eggs
cheese cheeses sugar salt rice soup soups beer beers wine wines drink drinks bottle bottles glass
glasses cup cups plate plates bowl bowls knife knives fork forks spoon spoons table tables chair
chairs bed beds desk desks lamp lamps light lights box boxes bag bags key keys lock locks phone
phones mobile mobiles computer computers laptop laptops screen screens keyboard keyboards mouse mice
printer printers camera cameras tv tvs radio radios book books paper papers letter letters card
cards note notes page pages word words name names number numbers list lists form forms file files
document documents report reports email emails message messages text texts link links button buttons
menu menus website websites site sites app apps account accounts password passwords city cities town
towns village villages country countries area areas place places region regions district districts
county counties municipality municipalities council councils government governments service services
department departments agency agencies authority authorities court courts police fire fires rescue
rescues emergency emergencies ambulance ambulances doctor doctors nurse nurses dentist dentists
hospital hospitals clinic clinics appointment appointments health care safety security job jobs work
works career careers salary salaries wage wages pay pays money price prices cost costs fee fees tax
taxes bill bills invoice invoices payment payments receipt receipts refund refunds budget budgets
loan loans debt debts interest interests rate rates discount discounts offer offers deal deals
contract contracts agreement agreements question questions answer answers problem problems issue
issues solution solutions idea ideas reason reasons result results example examples fact facts point
points case cases detail details part parts piece pieces side sides end ends start starts beginning
beginnings middle middles top tops bottom bottoms front fronts backs left lefts right rights north
norths south souths east easts west wests centre centres center centers corner corners edge edges
line lines level levels size sizes shape shapes colour colours color colors sound sounds voice
voices noise noises smell smells taste tastes view views picture pictures photo photos image images
video videos film films movie movies music song songs game games sport sports football footballs
ball balls match matches player players club clubs weather sun suns rain snow ice wind winds storm
storms cloud clouds sky skies air earth earths ground grounds land lands sea seas ocean oceans lake
lakes river rivers stream streams hill hills mountain mountains valley valleys forest forests wood
woods tree trees flower flowers grass leaf leaves rock rocks stone stones sand beach beaches island
islands coast coasts field fields farm farms animal animals dog dogs cat cats horse horses cow cows
sheep pig pigs bird birds chicken chickens duck ducks body bodies head heads face faces eye eyes ear
ears nose noses mouth mouths tooth teeth hair hairs hand hands arm arms finger fingers leg legs foot
feet heart hearts traffic parking parkings permit permits application applications request requests
complaint complaints feedback comment comments suggestion suggestions opinion opinions review
reviews rating ratings survey surveys reply replies response responses support help information
guide guides rule rules law laws duty duties plan plans project projects meeting meetings event
events course courses class classes lesson lessons test tests exam exams grade grades subject
subjects homework schedule schedules timetable timetables opening openings deadline deadlines waste
wastes rubbish garbage trash bin bins recycling container containers collection collections ask asks
asked asking answered answering call calls called calling helps helped helping needing want wants
wanted wanting likes liked liking love loves loved loving hate hates hated hating hope hopes hoped
hoping wish wishes wished wishing wait waits waited waiting walk walks walked walking talk talks
talked talking worked working play plays played playing watch watches watched watching look looks
looked looking listen listens listened listening open opens openned openning close closes closed
closing started starting finish finishes finished finishing stop stops stopped stopping stay stays
stayed staying move moves moved moving live lives lived living visit visits visited visiting travel
travels traveled traveling arrive arrives arrived arriving leave leaved leaving return returns
returned returning change changes changed changing check checks checked checking fill fills filled
filling use uses used using try tries tried trying show shows showed showing tell tells telled
telling explain explains explained explaining happen happens happened happening seem seems seemed
seeming appear appears appeared appearing remember remembers remembered remembering forget forgets
forgeted forgeting learn learns learned learning study studies studied studying teach teaches
teached teaching clean cleans cleaned cleaning cook cooks cooked cooking wash washes washed washing
paint paints painted painting repair repairs repaired repairing fix fixes fixed fixing order orders
ordered ordering booked booking payed paying costed costing save saves saved saving spend spends
spended spending borrow borrows borrowed borrowing lend lends lended lending rent rents rented
renting share shares shared sharing send sends sended sending receive receives received receiving
print prints printed printing sign signs signed signing apply applies applied applying register
registers registered registering reported reporting complain complains complained complaining
suggest suggests suggested suggesting decide decides decided deciding planned planning prepare
prepares prepared preparing follow follows followed following allow allows allowed allowing accept
accepts accepted accepting refuse refuses refused refusing offered offering provide provides
provided providing include includes included including contain contains contained containing cover
covers covered covering reach reaches reached reaching enjoy enjoys enjoyed enjoying thanked
thanking miss misses missed missing count counts counted counting add adds added adding remove
removes removed removing delete deletes deleted deleting update updates updated updating upload
uploads uploaded uploading download downloads downloaded downloading click clicks clicked clicking
type types typed typing search searches searched searching contact contacts contacted contacting
replied replying go goes went gone going come comes came coming get gets got gotten getting give
gives gave given giving take takes took taken taking make makes made making see sees saw seen seeing
know knows knew known knowing think thinks thought thinking say says said saying find finds found
finding feel feels felt feeling put puts putting bring brings brought bringing buy buys bought
buying sell sells sold selling sent keep keeps kept keeping begin begins began begun run runs ran
running sit sits sat sitting stand stands stood standing lose loses lost losing win wins won winning
paid hear hears heard hearing meet meets met read reads reading write writes wrote written writing
speak speaks spoke spoken speaking understand understands understood understanding drive drives
drove driven driving ride rides rode ridden riding eat eats ate eaten eating drank drinking sleep
sleeps slept sleeping wake wakes woke woken swim swims swam swum swimming fly flies flew flown
flying build builds built break breaks broke broken breaking choose chooses chose chosen choosing
falls fell fallen falling forgot forgotten hold holds held holding lead leads led leading lent mean
means meant meaning set sets setting shut shuts cut cuts cutting hit hits spent grow grows grew
grown growing throw throws threw thrown catch catches caught taught fight fights fought wear wears
wore worn hang hangs hung become becomes became becoming lay laid rise rises risen sing sings sang
sung ring rings rang rung good bad big small large little long short tall high low new old young
early late fast quick slow hot cold warm cool wet dry dirty full empty easy hard difficult simple
clear dark bright heavy strong weak rich poor cheap expensive free busy quiet loud happy sad angry
glad nice kind friendly rude polite safe dangerous important necessary possible impossible available
public private local main real true false wrong correct ready sure certain different similar whole
general special normal usual common rare strange great fine wonderful terrible awful beautiful ugly
pretty lovely fresh tired hungry thirsty better best worse worst bigger biggest smaller smallest
larger largest older oldest younger youngest longer longest higher highest lower lowest easier
easiest harder hardest nicer nicest cheaper cheapest faster fastest slower slowest earlier earliest
latest mark rose grace art bob pat sue jack frank rob penny ruby amber jade holly ivy daisy violet
iris lily dawn joy sunny ray dean earl guy harry hunter miles sandy chase cliff drew gene hazel
heather jasmine jewel king lance lane mason olive pearl rocky rusty skip taylor wade woody cash clay
glen heath brook crystal coral ginger honey misty star eve don van carter baker smith miller fisher
white green brown black gray grey bell lee moss mill mills fox wolf swift hart hardy reed rush wells
thing things stuff stuffs kinds sort sorts lot lots bit bits couple couples pair pairs amount
amounts total totals sum sums percent percents halves system systems process processes method
methods step steps stage stages phase phases quality qualities quantity quantities value values
matter matters topic topics theme themes story stories history histories news article articles title
titles heading headings paragraph paragraphs sentence sentences language languages meanings symbol
symbols signal signals notice notices warning warnings alarm alarms alert alerts error errors
mistake mistakes fault faults failure failures success successes chance chances risk risks choice
choices option options decision decisions difference differences effect effects influence influences
impact impacts experience experiences knowledge knowledges skill skills ability abilities power
powers energy energies force forces pressure pressures speed speeds distance distances length
lengths width widths height heights depth depths weight weights temperature temperatures degree
degrees metre metres meter meters kilometre kilometres mile inch inches pound pounds kilo kilos gram
grams litre litres liter liters dollar dollars euro euros krone krones cent cents shelf shelves
cupboard cupboards drawer drawers sofa sofas couch couches carpet carpets curtain curtains mirror
mirrors clock clocks wallet wallets purse purses umbrella umbrellas coat coats jacket jackets shirt
shirts dress dresses skirt skirts trousers trouserses jeans jeanses shoe shoes boot boots sock socks
hat hats cap caps glove gloves scarf scarfs uniform uniforms tool tools machine machines engine
engines motor motors wheel wheels tyre tyres tire tires battery batteries cable cables wire wires
plug plugs switch switches socket sockets pipe pipes tap taps sink sinks toilet toilets shower
showers bath baths heater heaters oven ovens stove stoves fridge fridges freezer freezers dishwasher
dishwashers washer washers dryer dryers fan fans lanes avenue avenues square squares crossing
crossings junction junctions roundabout roundabouts tunnel tunnels pavement pavements sidewalk
sidewalks footpath footpaths track tracks trail trails route routes map maps signpost signposts
streetlight streetlights pole poles fence fences gate gates hedge hedges pond ponds pool pools
playground playgrounds pitch pitches stadium stadiums arena arenas gym gyms market markets
supermarket supermarkets mall malls pharmacy pharmacies bakery bakeries butcher butchers kiosk
kiosks cinema cinemas theatre theatres theater theaters museum museums gallery galleries castle
castles tower towers monument monuments statue statues fountain fountains zoo zoos factory factories
warehouse warehouses port ports harbour harbours harbor harbors dock docks pier piers quay quays
ferry ferries terminal terminals platform platforms pen pens pencil pencils ruler rulers eraser
erasers notebook notebooks folder folders envelope envelopes stamp stamps parcel parcels package
packages delivery deliveries address addresses postcode postcodes postbox postboxes mailbox
mailboxes trip trips journey journeys tour tours flight flights arrival arrivals departure
departures delay delays queue queues bookings reservation reservations passport passports licence
licences license licenses certificate certificates fines penalty penalties charge charges fare fares
kindergarten kindergartens nursery nurseries playgroup playgroups classroom classrooms headteacher
headteachers principal principals semester semesters term terms lecture lectures maths mathses math
science sciences geography geographies readings writings spelling spellings snowplough snowploughs
snowplow snowplows shovel shovels grit grits gravel gravels puddle puddles flood floods leak leaks
drain drains sewer sewers supply supplies outage outages well alright cheers wow oh ah oops hmm ouch
yeah yep nope agree agrees agreed agreing disagree disagrees disagreed disagreing argue argues
argued arguing discuss discusses discussed discussing mention mentions mentioned mentioning describe
describes described describing compare compares compared comparing consider considers considered
considering expect expects expected expecting imagine imagines imagined imagining suppose supposes
supposed supposing guess guesses guessed guessing wonder wonders wondered wondering noticed noticing
realize realizes realized realizing realise realises realised realising recognise recognises
recognised recognising recognize recognizes recognized recognizing mind minds minded minding cares
cared caring worry worries worried worrying fear fears feared fearing trust trusts trusted trusting
doubt doubts doubted doubting prefer prefers prefered prefering pick picks picked picking collect
collects collected collecting deliver delivers delivered delivering carry carries carried carrying
lift lifts lifted lifting push pushes pushed pushing pull pulls pulled pulling press presses pressed
pressing turn turns turned turning rotate rotates rotated rotating join joins joined joining connect
connects connected connecting attach attaches attached attaching install installs installed
installing replace replaces replaced replacing cancel cancels canceled canceling postpone postpones
postponed postponing delayed delaying scheduled scheduling arrange arranges arranged arranging
organise organises organised organising organize organizes organized organizing manage manages
managed managing handle handles handled handling solve solves solved solving respond responds
responded responding confirm confirms confirmed confirming approve approves approved approving
reject rejects rejected rejecting deny denies denied denying require requires required requiring
requested requesting demand demands demanded demanding insist insists insisted insisting protest
protests protested protesting appeal appeals appealed appealing object objects objected objecting
attend attends attended attending participate participates participated participating invite invites
invited inviting welcomes welcomed welcoming greet greets greeted greeting introduce introduces
introduced introducing present presents presented presenting represent represents represented
representing translate translates translated translating measure measures measured measuring weigh
weighs weighed weighing calculate calculates calculated calculating estimate estimates estimated
estimating tested testing inspect inspects inspected inspecting control controls controled
controling monitor monitors monitored monitoring protect protects protected protecting prevent
prevents prevented preventing avoid avoids avoided avoiding reduce reduces reduced reducing increase
increases increased increasing improve improves improved improving develop develops developed
developing create creates created creating design designs designed designing draw draws drawed
drawing produce produces produced producing copy copies copied copying paste pastes pasted pasting
scan scans scanned scanning log logs logged logging login logins logined logining logout logouts
logouted logouting browse browses browsed browsing scroll scrolls scrolled scrolling select selects
selected selecting submit submits submited submiting enter enters entered entering exit exits
exitted exitting quit quits quited quiting restart restarts restarted restarting refresh refreshes
refreshed refreshing load loads loaded loading parked cycle cycles cycled cycling jump jumps jumped
jumping climb climbs climbed climbing dance dances danced dancing shout shouts shouted shouting
scream screams screamed screaming laugh laughs laughed laughing smile smiles smiled smiling cry
cries cried crying whisper whispers whispered whispering knock knocks knocked knocking touch touches
touched touching shake shakes shaked shaking wave waves waved waving pointed pointing kick kicks
kicked kicking hunt hunts hunted hunting plant plants planted planting dig digs digged digging rake
rakes raked raking mow mows mowed mowing trim trims trimmed trimming sweep sweeps sweeped sweeping
mop mops mopped mopping dust dusts dusted dusting vacuum vacuums vacuumed vacuuming wipe wipes wiped
wiping scrub scrubs scrubed scrubing rinse rinses rinsed rinsing iron irons ironned ironning fold
folds folded folding pack packs packed packing unpack unpacks unpacked unpacking wrap wraps wrapped
wrapping bake bakes baked baking boil boils boiled boiling fry fries fried frying grill grills
grilled grilling roast roasts roasted roasting mix mixes mixed mixing stir stirs stirred stirring
pour pours poured pouring serve serves served serving tasted tasting smelled smelling stare stares
stared staring glance glances glanced glancing owns owned owning belong belongs belonged belonging
owe owes owed owing earn earns earned earning charged charging refunded refunding afford affords
afforded affording wasted wasting invest invests invested investing upset afraid scared nervous calm
relaxed comfortable uncomfortable pleased satisfied disappointed surprised excited bored boring
interesting funny serious silly stupid clever smart wise honest fair unfair lucky unlucky proud
brave shy lonely careful careless helpful useful useless successful famous popular modern ancient
traditional typical perfect excellent brilliant amazing awesome fantastic horrible nasty pleasant
unpleasant smooth rough soft sharp round straight curved thick thin wide narrow deep shallow tight
loose official digital online offline electric electronic automatic manual basic complex complicated
unclear obvious exact accurate incorrect proper regular irregular daily weekly monthly yearly annual
frequent recent previous current future former latter final initial extra spare additional quickly
slowly easily clearly finally suddenly immediately directly recently currently generally normally
hardly barely properly correctly carefully badly fully totally completely absolutely entirely
unfortunately fortunately hopefully luckily sadly basically literally seriously honestly personally
officially outdoors indoors overseas nearby red reds blue blues greens yellow yellows orange oranges
purple purples pink pinks gold golds silver silvers puppy puppies kitten kittens rabbit rabbits rat
rats deer deers bear bears lion lions tiger tigers monkey monkeys elephant elephants snake snakes
frog frogs bee bees ant ants spider spiders butterfly butterflies insect insects worm worms salmon
salmons cod cods whale whales seal seals banana bananas lemon lemons grape grapes berry berries
strawberry strawberries potato potatos tomato tomatos onion onions carrot carrots pea peas bean
beans corn corns pasta pastas pizza pizzas sandwich sandwiches burger burgers chips chipses crisps
crispses chocolate chocolates sweet sweets candy candies cookie cookies biscuit biscuits pie pies
snack snacks butter butters cream creams yoghurt yoghurts juice juices soda sodas
`;
