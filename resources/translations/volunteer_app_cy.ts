<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Activities</source>
        <translation>Gweithgareddau</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Ch&amp;wilio:</translation>
    </message>
    <message>
        <source>Type, title, place or notes</source>
        <translation>Math, teitl, lleoliad neu nodiadau</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;I:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Unrhyw</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>O ddyddiad</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>I ddyddiad</translation>
    </message>
    <message>
        <source>Type of activity</source>
        <translation>Math o weithgaredd</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Pob math</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Title or place</source>
        <translation>Teitl neu leoliad</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Wedi&apos;u henwi</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Dienw</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Cyfranogwyr</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Agor…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;yblygu</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Activities shown: %1</source>
        <translation>Gweithgareddau a ddangosir: %1</translation>
    </message>
    <message>
        <source>No activity matches these filters: clear the search or the dates.</source>
        <translation>Does dim gweithgaredd yn cyfateb i&apos;r hidlwyr hyn: cliriwch y chwiliad neu&apos;r dyddiadau.</translation>
    </message>
    <message>
        <source>No activities yet. Log your first one on the Log page (Ctrl+1), or bring in a spreadsheet you already keep with File &gt; Import a spreadsheet (Ctrl+I).</source>
        <translation>Dim gweithgareddau eto. Cofnodwch eich un cyntaf ar y dudalen Cofnodi (Ctrl+1), neu dewch â thaenlen sydd gennych eisoes gyda Ffeil &gt; Mewnforio taenlen (Ctrl+I).</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>golygu %1</translation>
    </message>
    <message>
        <source>%1 on %2 (%3 named people, %4 unnamed volunteers, %5 participants)</source>
        <translation>%1 ar %2 (%3 o bobl wedi&apos;u henwi, %4 o wirfoddolwyr dienw, %5 o gyfranogwyr)</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>dileu %1</translation>
    </message>
    <message>
        <source>Deleted %1. Ctrl+Z brings it back.</source>
        <translation>Wedi dileu %1. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>dyblygu</translation>
    </message>
    <message>
        <source>Copied to today. Open it to change the details.</source>
        <translation>Wedi&apos;i gopïo i heddiw. Agorwch ef i newid y manylion.</translation>
    </message>
    <message>
        <source>Copy %1 of %2 to today, %3, with the same people, hours and headcounts? You can open the copy afterwards to change it.</source>
        <translation>Copïo %1 ar %2 i heddiw, %3, gyda&apos;r un bobl, oriau a niferoedd? Gallwch agor y copi wedyn i&apos;w newid.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dyblygu</translation>
    </message>
    <message>
        <source>Copy to today</source>
        <translation>Copïo i heddiw</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Mat&amp;h:</translation>
    </message>
    <message>
        <source>T&amp;itle (optional):</source>
        <translation>&amp;Teitl (dewisol):</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>&amp;Lleoliad:</translation>
    </message>
    <message>
        <source>&amp;Local authority:</source>
        <translation>&amp;Awdurdod lleol:</translation>
    </message>
    <message>
        <source>Ti&amp;mes:</source>
        <translation>Am&amp;seroedd:</translation>
    </message>
    <message>
        <source>D&amp;uration (h:mm):</source>
        <translation>H&amp;yd (a:mm):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ff&amp;urf:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <source>&amp;New type…</source>
        <translation>Math n&amp;ewydd…</translation>
    </message>
    <message>
        <source>from</source>
        <translation>o</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Amser dechrau</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Amser gorffen</translation>
    </message>
    <message>
        <source>Record start and end times</source>
        <translation>Cofnodi amseroedd dechrau a gorffen</translation>
    </message>
    <message>
        <source>Duration in hours and minutes</source>
        <translation>Hyd mewn oriau a munudau</translation>
    </message>
    <message>
        <source>The group&apos;s own area</source>
        <translation>Ardal y grŵp ei hun</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Community Volunteering Log</source>
        <translation>Cofnod Gwirfoddoli Cymunedol</translation>
    </message>
    <message>
        <source>The app is already open on this laptop. Look for its window on the taskbar or dock.</source>
        <translation>Mae&apos;r ap eisoes ar agor ar y gliniadur hwn. Chwiliwch am ei ffenestr ar y bar tasgau neu&apos;r doc.</translation>
    </message>
    <message>
        <source>A command typed in a terminal (%1) is working on this data. Open the app again when it has finished.</source>
        <translation>Mae gorchymyn a deipiwyd mewn terfynell (%1) yn gweithio ar y data hwn. Agorwch yr ap eto pan fydd wedi gorffen.</translation>
    </message>
</context>
<context>
    <name>BringInDialog</name>
    <message>
        <source>Bring in a co-coordinator&apos;s file</source>
        <translation>Dod â ffeil cyd-gydlynydd i mewn</translation>
    </message>
    <message>
        <source>Merges the records of a co-coordinator&apos;s laptop with this laptop&apos;s. Where both changed the same thing, the later change is kept. A copy of this laptop&apos;s data is kept first, and the whole merge is one step.</source>
        <translation>Mae&apos;n cyfuno cofnodion gliniadur cyd-gydlynydd â chofnodion y gliniadur hwn. Lle newidiodd y ddau yr un peth, cedwir y newid diweddaraf. Cedwir copi o ddata&apos;r gliniadur hwn yn gyntaf, ac un cam yw&apos;r cyfuno cyfan.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Join the two as one group, keeping this laptop&apos;s group name and identity</source>
        <translation>Uno&apos;r ddau fel un grŵp, gan gadw enw a hunaniaeth grŵp y gliniadur hwn</translation>
    </message>
    <message>
        <source>&amp;Look at the file</source>
        <translation>&amp;Edrych ar y ffeil</translation>
    </message>
    <message>
        <source>&amp;Bring it in</source>
        <translation>&amp;Dod â hi i mewn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Choose the file your co-coordinator shared.</source>
        <translation>Dewiswch y ffeil a rannodd eich cyd-gydlynydd.</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Yn agor y ffeil…</translation>
    </message>
    <message>
        <source>From %1. The file brings:</source>
        <translation>O %1. Mae&apos;r ffeil yn dod â:</translation>
    </message>
    <message>
        <source>another laptop</source>
        <translation>gliniadur arall</translation>
    </message>
    <message>
        <source>This laptop has no records yet: it will keep the records of %1.</source>
        <translation>Does gan y gliniadur hwn ddim cofnodion eto: bydd yn cadw cofnodion %1.</translation>
    </message>
    <message>
        <source>The file is from another group&apos;s records (%1).</source>
        <translation>Daw&apos;r ffeil o gofnodion grŵp arall (%1).</translation>
    </message>
    <message>
        <source>Tick the box to join the two as one group, or choose another file.</source>
        <translation>Ticiwch y blwch i uno&apos;r ddau fel un grŵp, neu dewiswch ffeil arall.</translation>
    </message>
    <message>
        <source>bringing in %1</source>
        <translation>dod â %1 i mewn</translation>
    </message>
    <message>
        <source>Brought in.</source>
        <translation>Wedi dod â hi i mewn.</translation>
    </message>
    <message>
        <source>These names appear more than once, perhaps typed on both laptops. If they are one person, merge them on the People page:</source>
        <translation>Mae&apos;r enwau hyn yn ymddangos fwy nag unwaith, efallai wedi&apos;u teipio ar y ddau liniadur. Os un person ydyn nhw, cyfunwch nhw ar y dudalen Pobl:</translation>
    </message>
    <message>
        <source>A co-coordinator&apos;s file was brought in.</source>
        <translation>Daethpwyd â ffeil cyd-gydlynydd i mewn.</translation>
    </message>
</context>
<context>
    <name>BringInStep</name>
    <message>
        <source>Not undone</source>
        <translation>Heb ei ddadwneud</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <source>Save chart as image…</source>
        <translation>Cadw&apos;r siart fel delwedd…</translation>
    </message>
    <message>
        <source>Save chart as image</source>
        <translation>Cadw&apos;r siart fel delwedd</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Delwedd PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved “%1” as %2.</source>
        <translation>Wedi cadw “%1” fel %2.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Volunteer hours per month, by activity</source>
        <translation>Oriau gwirfoddoli bob mis, fesul gweithgaredd</translation>
    </message>
    <message>
        <source>Other activities</source>
        <translation>Gweithgareddau eraill</translation>
    </message>
    <message>
        <source>Volunteers active each month (people)</source>
        <translation>Gwirfoddolwyr gweithgar bob mis (pobl)</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Gwirfoddolwyr</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check every row</source>
        <translation>Gwirio pob rhes</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Dangos dim ond rhesi â &amp;phroblemau</translation>
    </message>
    <message>
        <source>Read the file &amp;again</source>
        <translation>Darllen y ffeil &amp;eto</translation>
    </message>
    <message>
        <source>After correcting the file in your spreadsheet, save it and check again.</source>
        <translation>Ar ôl cywiro&apos;r ffeil yn eich taenlen, cadwch hi a gwirio eto.</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Rhesi i&apos;w mewnforio</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Yn gwirio pob rhes…</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Volunteer</source>
        <translation>Gwirfoddolwr</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Trefnydd</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Cyfranogwr</translation>
    </message>
    <message>
        <source>Group activity</source>
        <translation>Gweithgaredd grŵp</translation>
    </message>
    <message>
        <source>One person&apos;s individual help</source>
        <translation>Help unigol gan un person</translation>
    </message>
    <message>
        <source>Organising or running an activity or event</source>
        <translation>Trefnu neu redeg gweithgaredd neu ddigwyddiad</translation>
    </message>
    <message>
        <source>Raising money</source>
        <translation>Codi arian</translation>
    </message>
    <message>
        <source>Practical help (cleaning, repairs, gardening…)</source>
        <translation>Help ymarferol (glanhau, trwsio, garddio…)</translation>
    </message>
    <message>
        <source>Befriending or visiting</source>
        <translation>Cyfeillio neu ymweld</translation>
    </message>
    <message>
        <source>Giving lifts or transport</source>
        <translation>Rhoi lifftiau neu gludiant</translation>
    </message>
    <message>
        <source>Committee work or admin</source>
        <translation>Gwaith pwyllgor neu weinyddu</translation>
    </message>
    <message>
        <source>Campaigning</source>
        <translation>Ymgyrchu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Under 16</source>
        <translation>O dan 16</translation>
    </message>
    <message>
        <source>16 to 24</source>
        <translation>16 i 24</translation>
    </message>
    <message>
        <source>25 to 44</source>
        <translation>25 i 44</translation>
    </message>
    <message>
        <source>45 to 64</source>
        <translation>45 i 64</translation>
    </message>
    <message>
        <source>65 to 74</source>
        <translation>65 i 74</translation>
    </message>
    <message>
        <source>75 or over</source>
        <translation>75 neu&apos;n hŷn</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Yn dysgu</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nac ydy</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Bob wythnos</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Bob pythefnos</translation>
    </message>
    <message>
        <source>Every month, same date</source>
        <translation>Bob mis, yr un dyddiad</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>What each column holds</source>
        <translation>Beth sydd ym mhob colofn</translation>
    </message>
    <message>
        <source>The app has guessed what each column of your file holds. Change any guess that is wrong, and choose “(not imported)” for columns to leave out.</source>
        <translation>Mae&apos;r ap wedi dyfalu beth sydd ym mhob colofn o&apos;ch ffeil. Newidiwch unrhyw ddyfaliad sy&apos;n anghywir, a dewiswch “(heb ei mewnforio)” ar gyfer colofnau i&apos;w gadael allan.</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Colofn yn eich ffeil</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Enghreifftiau</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Darllen fel</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colofnau&apos;r ffeil</translation>
    </message>
    <message>
        <source>Read “%1” as</source>
        <translation>Darllen “%1” fel</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>Dewiswch golofn ar gyfer: %1.</translation>
    </message>
    <message>
        <source>Only one column can be read as: %1.</source>
        <translation>Dim ond un golofn all gael ei darllen fel: %1.</translation>
    </message>
</context>
<context>
    <name>CommunityPdf</name>
    <message>
        <source>Pulse cards collected: %1.</source>
        <translation>Cardiau curiad a gasglwyd: %1.</translation>
    </message>
    <message>
        <source>No pulse cards were collected in this period.</source>
        <translation>Ni chasglwyd cardiau curiad yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Activities by type of place: %1</source>
        <translation>Gweithgareddau yn ôl math o leoliad: %1</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Cymuned</translation>
    </message>
</context>
<context>
    <name>CommunitySection</name>
    <message>
        <source>not enough cards yet (%1 of %2)</source>
        <translation>dim digon o gardiau eto (%1 o %2)</translation>
    </message>
    <message>
        <source>%1% agreed (%2 of %3 cards)</source>
        <translation>%1% yn cytuno (%2 o %3 cerdyn)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Gweithgareddau</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Cyfranogwyr</translation>
    </message>
    <message>
        <source>Activities and participants by type of place</source>
        <translation>Gweithgareddau a chyfranogwyr yn ôl math o leoliad</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Cymuned</translation>
    </message>
    <message>
        <source>Print pulse &amp;cards (PDF)…</source>
        <translation>Argraffu &amp;cardiau curiad (PDF)…</translation>
    </message>
    <message>
        <source>Four anonymous cards to an A4 page, in English and Welsh, to tick and hand in.</source>
        <translation>Pedwar cerdyn dienw ar dudalen A4, yn Gymraeg ac yn Saesneg, i&apos;w ticio a&apos;u rhoi i mewn.</translation>
    </message>
    <message>
        <source>Print a pulse &amp;tally sheet (PDF)…</source>
        <translation>Argraffu &amp;taflen gyfrif curiad (PDF)…</translation>
    </message>
    <message>
        <source>Pulse cards collected: %1. Shares are shown from %2 cards.</source>
        <translation>Cardiau curiad a gasglwyd: %1. Dangosir cyfrannau o %2 cerdyn ymlaen.</translation>
    </message>
    <message>
        <source>No pulse cards in this period: print some below for your next activity.</source>
        <translation>Dim cardiau curiad yn y cyfnod hwn: argraffwch rai isod ar gyfer eich gweithgaredd nesaf.</translation>
    </message>
    <message>
        <source>Save pulse cards</source>
        <translation>Cadw cardiau curiad</translation>
    </message>
    <message>
        <source>Save a pulse tally sheet</source>
        <translation>Cadw taflen gyfrif curiad</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dogfen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1. Open it to print.</source>
        <translation>Wedi&apos;i gadw fel %1. Agorwch ef i&apos;w argraffu.</translation>
    </message>
</context>
<context>
    <name>ConfirmSessionDialog</name>
    <message>
        <source>Confirm a regular session</source>
        <translation>Cadarnhau sesiwn reolaidd</translation>
    </message>
    <message>
        <source>Log %1 on %2 with these people?</source>
        <translation>Cofnodi %1 ar %2 gyda&apos;r bobl hyn?</translation>
    </message>
    <message>
        <source>These came last time. Remove anyone who did not come (Delete), add anyone else by name, and count unnamed volunteers and participants.</source>
        <translation>Daeth y rhain y tro diwethaf. Tynnwch unrhyw un na ddaeth (Delete), ychwanegwch unrhyw un arall wrth ei enw, a chyfrwch y gwirfoddolwyr dienw a&apos;r cyfranogwyr.</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>&amp;Cofnodi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Add who came, or how many, before logging the session.</source>
        <translation>Ychwanegwch pwy ddaeth, neu faint, cyn cofnodi&apos;r sesiwn.</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Records to look at</source>
        <translation>Cofnodion i edrych arnynt</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>Ad&amp;fer</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Diystyru</translation>
    </message>
    <message>
        <source>Bring the activity back, as it was last edited (Edit &gt; Undo takes it back)</source>
        <translation>Adfer y gweithgaredd, fel y&apos;i golygwyd ddiwethaf (mae Golygu &gt; Dadwneud yn ei ddadwneud)</translation>
    </message>
    <message>
        <source>Leave it deleted and take it off this list</source>
        <translation>Ei adael wedi&apos;i ddileu a&apos;i dynnu oddi ar y rhestr hon</translation>
    </message>
    <message>
        <source>An activity</source>
        <translation>Gweithgaredd</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ar %2</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Another record</source>
        <translation>Cofnod arall</translation>
    </message>
    <message>
        <source>Changed on one laptop after it was deleted on the other (file from %1, %2): it stays deleted</source>
        <translation>Newidiwyd ar un gliniadur ar ôl ei ddileu ar y llall (ffeil gan %1, %2): mae&apos;n aros wedi&apos;i ddileu</translation>
    </message>
    <message>
        <source>another laptop</source>
        <translation>gliniadur arall</translation>
    </message>
    <message numerus="yes">
        <source>%n records to look at:</source>
        <translation>
            <numerusform>%n o gofnodion i edrych arnynt:</numerusform>
            <numerusform>%n cofnod i edrych arno:</numerusform>
            <numerusform>%n o gofnodion i edrych arnynt:</numerusform>
            <numerusform>%n o gofnodion i edrych arnynt:</numerusform>
            <numerusform>%n o gofnodion i edrych arnynt:</numerusform>
        </translation>
    </message>
    <message>
        <source>No records to look at: no merge found an edit after a deletion.</source>
        <translation>Dim cofnodion i edrych arnynt: ni chafodd unrhyw gyfuno olygiad ar ôl dileu.</translation>
    </message>
    <message>
        <source>bringing back %1</source>
        <translation>adfer %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Aeth rhywbeth o&apos;i le</translation>
    </message>
    <message>
        <source>The app met an unexpected problem. Your saved data is safe: every change is saved as you make it.

If it happens again, copy the details below and send them with the log folder to whoever helps you with the app. They contain no names or notes.</source>
        <translation>Cafodd yr ap broblem annisgwyl. Mae eich data&apos;n ddiogel: caiff pob newid ei gadw wrth i chi ei wneud.

Os bydd yn digwydd eto, copïwch y manylion isod a&apos;u hanfon gyda&apos;r ffolder logiau at bwy bynnag sy&apos;n eich helpu gyda&apos;r ap. Nid ydynt yn cynnwys enwau na nodiadau.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Manylion y gwall</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copïo&apos;r manylion</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Agor y ffolder &amp;logiau</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;au</translation>
    </message>
</context>
<context>
    <name>Cvc</name>
    <message>
        <source>%1, %2: sum of published figures (grey: not for publication)</source>
        <translation>%1, %2: swm y ffigurau cyhoeddedig (llwyd: nid i&apos;w gyhoeddi)</translation>
    </message>
    <message>
        <source>Can be published</source>
        <translation>Gellir ei gyhoeddi</translation>
    </message>
    <message>
        <source>Not for publication</source>
        <translation>Nid i&apos;w gyhoeddi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Awdurdod</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Dadansoddiad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grwpiau</translation>
    </message>
    <message>
        <source>Sum published</source>
        <translation>Swm cyhoeddedig</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Wedi&apos;u dal yn ôl</translation>
    </message>
    <message>
        <source>True total</source>
        <translation>Gwir gyfanswm</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Cyhoeddi</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Corrected (replaces an earlier file)</source>
        <translation>Wedi&apos;i chywiro (yn disodli ffeil gynharach)</translation>
    </message>
    <message>
        <source>Replaced by a later file</source>
        <translation>Wedi&apos;i disodli gan ffeil ddiweddarach</translation>
    </message>
    <message>
        <source>Sent twice: counted once</source>
        <translation>Anfonwyd ddwywaith: wedi&apos;i chyfrif unwaith</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Wedi&apos;i gwrthod</translation>
    </message>
    <message>
        <source>Another period or authority</source>
        <translation>Cyfnod neu awdurdod arall</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Mae&apos;r ffeil yn wag.</translation>
    </message>
    <message>
        <source>Not UTF-8 text: probably saved again by a spreadsheet. Ask for the file as the app saved it.</source>
        <translation>Nid testun UTF-8 mohono: mae&apos;n debyg i daenlen ei chadw eto. Gofynnwch am y ffeil fel y cadwodd yr ap hi.</translation>
    </message>
    <message>
        <source>This is not a summary file from the app.</source>
        <translation>Nid ffeil crynodeb o&apos;r ap yw hon.</translation>
    </message>
    <message>
        <source>Opened and saved again in a spreadsheet (the byte-order mark was lost), which can change codes and Welsh letters. Ask for the file as the app saved it.</source>
        <translation>Wedi&apos;i hagor a&apos;i chadw eto mewn taenlen (collwyd y marc trefn beit), a all newid codau a llythrennau Cymraeg. Gofynnwch am y ffeil fel y cadwodd yr ap hi.</translation>
    </message>
    <message>
        <source>Edited after the app saved it (its line ends were changed). Ask for the file as the app saved it.</source>
        <translation>Wedi&apos;i golygu ar ôl i&apos;r ap ei chadw (newidiwyd diwedd ei llinellau). Gofynnwch am y ffeil fel y cadwodd yr ap hi.</translation>
    </message>
    <message>
        <source>Line %1 does not have the summary&apos;s 19 columns.</source>
        <translation>Nid oes gan linell %1 19 colofn y crynodeb.</translation>
    </message>
    <message>
        <source>The file has a heading but no rows.</source>
        <translation>Mae gan y ffeil bennawd ond dim rhesi.</translation>
    </message>
    <message>
        <source>A value that names the file is not valid: %2.</source>
        <translation>Nid yw gwerth sy&apos;n enwi&apos;r ffeil yn ddilys: %2.</translation>
    </message>
    <message>
        <source>The period is not a month, a calendar quarter or a financial year.</source>
        <translation>Nid yw&apos;r cyfnod yn fis, yn chwarter calendr nac yn flwyddyn ariannol.</translation>
    </message>
    <message>
        <source>A version of the summary this app cannot read: %2.</source>
        <translation>Fersiwn o&apos;r crynodeb na all yr ap hwn ei darllen: %2.</translation>
    </message>
    <message>
        <source>A code is misspelt or changed: %2.</source>
        <translation>Mae cod wedi&apos;i gamsillafu neu ei newid: %2.</translation>
    </message>
    <message>
        <source>Line %1 belongs to another file or was edited.</source>
        <translation>Mae llinell %1 yn perthyn i ffeil arall neu wedi&apos;i golygu.</translation>
    </message>
    <message>
        <source>Rows are missing, repeated or out of order (line %1).</source>
        <translation>Mae rhesi ar goll, wedi&apos;u hailadrodd neu allan o drefn (llinell %1).</translation>
    </message>
    <message>
        <source>Rows are missing or added.</source>
        <translation>Mae rhesi ar goll neu wedi&apos;u hychwanegu.</translation>
    </message>
    <message>
        <source>Line %1: a withheld figure has a number. The file was changed after it was saved.</source>
        <translation>Llinell %1: mae rhif gan ffigur a ddaliwyd yn ôl. Newidiwyd y ffeil ar ôl ei chadw.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a plain whole number (a spreadsheet may have added a thousands separator).</source>
        <translation>Llinell %1: nid yw %2 yn rhif cyfan plaen (efallai i daenlen ychwanegu gwahanydd miloedd).</translation>
    </message>
    <message>
        <source>Its numbers do not follow the rounding and withholding rule, so it was changed after it was saved.</source>
        <translation>Nid yw ei rhifau&apos;n dilyn y rheol talgrynnu a dal yn ôl, felly cafodd ei newid ar ôl ei chadw.</translation>
    </message>
    <message>
        <source>Two different files from this group for the same period were made at the same time. Ask the group which one is right.</source>
        <translation>Gwnaed dwy ffeil wahanol gan y grŵp hwn ar gyfer yr un cyfnod ar yr un pryd. Gofynnwch i&apos;r grŵp pa un sy&apos;n gywir.</translation>
    </message>
    <message>
        <source>Far too large to be a summary file.</source>
        <translation>Llawer rhy fawr i fod yn ffeil crynodeb.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Ni ellid darllen y ffeil.</translation>
    </message>
    <message>
        <source>No CSV files were found in what you chose.</source>
        <translation>Ni chafwyd ffeiliau CSV yn yr hyn a ddewisoch.</translation>
    </message>
    <message>
        <source>A file or folder you chose no longer exists.</source>
        <translation>Nid yw ffeil neu ffolder a ddewisoch yn bodoli mwyach.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) cover overlapping periods on different grids: one could be subtracted from the other. Choose one period to combine.</source>
        <translation>Mae %1 (%2) a %3 (%4) yn cwmpasu cyfnodau sy&apos;n gorgyffwrdd ar gridiau gwahanol: gellid tynnu un o&apos;r llall. Dewiswch un cyfnod i&apos;w gyfuno.</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Digwyddiadau a gynhaliwyd</translation>
    </message>
    <message>
        <source>Volunteers (people)</source>
        <translation>Gwirfoddolwyr (pobl)</translation>
    </message>
    <message>
        <source>Volunteer sessions</source>
        <translation>Sesiynau gwirfoddoli</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Oriau gwirfoddoli</translation>
    </message>
    <message>
        <source>Participants (attendances)</source>
        <translation>Cyfranogwyr (presenoldeb)</translation>
    </message>
    <message>
        <source>Pulse cards</source>
        <translation>Cardiau pwls</translation>
    </message>
    <message>
        <source>Pulse cards agreeing</source>
        <translation>Cardiau pwls sy&apos;n cytuno</translation>
    </message>
    <message>
        <source>All returns</source>
        <translation>Pob ffurflen</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>o leiaf %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>fewer than 3 groups</source>
        <translation>llai na 3 grŵp</translation>
    </message>
    <message>
        <source>one group gives over 80%</source>
        <translation>un grŵp yn rhoi dros 80%</translation>
    </message>
    <message>
        <source>Not for publication: %1</source>
        <translation>Nid i&apos;w gyhoeddi: %1</translation>
    </message>
    <message>
        <source>%1 of %2 (version 1.1 only)</source>
        <translation>%1 o %2 (fersiwn 1.1 yn unig)</translation>
    </message>
</context>
<context>
    <name>CvcPage</name>
    <message>
        <source>Combine groups&apos; returns (CVC)</source>
        <translation>Cyfuno ffurflenni grwpiau (CGS)</translation>
    </message>
    <message>
        <source>For a County Voluntary Council: add the summary files groups sent you. Each file is checked whole; damaged ones are set aside with the reason, a later file from a group replaces its earlier one, and the same file twice counts once. Figures from fewer than 3 groups, or where one group gives over 80%, are marked not for publication.</source>
        <translation>Ar gyfer Cyngor Gwirfoddol Sirol: ychwanegwch y ffeiliau crynodeb a anfonodd grwpiau atoch. Caiff pob ffeil ei gwirio&apos;n gyfan; caiff rhai wedi&apos;u difrodi eu neilltuo gyda&apos;r rheswm, mae ffeil ddiweddarach gan grŵp yn disodli ei un gynharach, ac mae&apos;r un ffeil ddwywaith yn cyfrif unwaith. Caiff ffigurau gan lai na 3 grŵp, neu lle mae un grŵp yn rhoi dros 80%, eu nodi&apos;n rhai nid i&apos;w cyhoeddi.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ychwanegu &amp;ffeiliau…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Ychwanegu ff&amp;older…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lirio</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>C&amp;yfnod:</translation>
    </message>
    <message>
        <source>&amp;Combine</source>
        <translation>C&amp;yfuno</translation>
    </message>
    <message>
        <source>&amp;Save the combined table…</source>
        <translation>&amp;Cadw&apos;r tabl cyfun…</translation>
    </message>
    <message>
        <source>A4 summary (P&amp;DF)…</source>
        <translation>Crynodeb A4 (P&amp;DF)…</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesur:</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Awdurdod:</translation>
    </message>
    <message>
        <source>Returns received</source>
        <translation>Ffurflenni a dderbyniwyd</translation>
    </message>
    <message>
        <source>Combined table</source>
        <translation>Tabl cyfun</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Siart</translation>
    </message>
    <message>
        <source>Add returns</source>
        <translation>Ychwanegu ffurflenni</translation>
    </message>
    <message>
        <source>Summary files (*.csv)</source>
        <translation>Ffeiliau crynodeb (*.csv)</translation>
    </message>
    <message>
        <source>Add a folder of returns</source>
        <translation>Ychwanegu ffolder o ffurflenni</translation>
    </message>
    <message>
        <source>Combining</source>
        <translation>Yn cyfuno</translation>
    </message>
    <message>
        <source>Reading and checking the returns…</source>
        <translation>Yn darllen ac yn gwirio&apos;r ffurflenni…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancelled: nothing was combined.</source>
        <translation>Wedi canslo: ni chyfunwyd dim.</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Pob cyfnod</translation>
    </message>
    <message>
        <source>Every authority</source>
        <translation>Pob awdurdod</translation>
    </message>
    <message>
        <source>No returns yet: add files or a folder.</source>
        <translation>Dim ffurflenni eto: ychwanegwch ffeiliau neu ffolder.</translation>
    </message>
    <message numerus="yes">
        <source>%n return(s) combined</source>
        <translation>
            <numerusform>%n o ffurflenni wedi&apos;u cyfuno</numerusform>
            <numerusform>%n ffurflen wedi&apos;i chyfuno</numerusform>
            <numerusform>%n o ffurflenni wedi&apos;u cyfuno</numerusform>
            <numerusform>%n o ffurflenni wedi&apos;u cyfuno</numerusform>
            <numerusform>%n o ffurflenni wedi&apos;u cyfuno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n wedi&apos;u gwrthod</numerusform>
            <numerusform>%n wedi&apos;i gwrthod</numerusform>
            <numerusform>%n wedi&apos;u gwrthod</numerusform>
            <numerusform>%n wedi&apos;u gwrthod</numerusform>
            <numerusform>%n wedi&apos;u gwrthod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrected</source>
        <translation>
            <numerusform>%n wedi&apos;u cywiro</numerusform>
            <numerusform>%n wedi&apos;i chywiro</numerusform>
            <numerusform>%n wedi&apos;u cywiro</numerusform>
            <numerusform>%n wedi&apos;u cywiro</numerusform>
            <numerusform>%n wedi&apos;u cywiro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent twice</source>
        <translation>
            <numerusform>%n wedi&apos;u hanfon ddwywaith</numerusform>
            <numerusform>%n wedi&apos;i hanfon ddwywaith</numerusform>
            <numerusform>%n wedi&apos;u hanfon ddwywaith</numerusform>
            <numerusform>%n wedi&apos;u hanfon ddwywaith</numerusform>
            <numerusform>%n wedi&apos;u hanfon ddwywaith</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) not for publication.</source>
        <translation>
            <numerusform>%n o ffigurau nid i&apos;w cyhoeddi.</numerusform>
            <numerusform>%n ffigur nid i&apos;w gyhoeddi.</numerusform>
            <numerusform>%n o ffigurau nid i&apos;w cyhoeddi.</numerusform>
            <numerusform>%n o ffigurau nid i&apos;w cyhoeddi.</numerusform>
            <numerusform>%n o ffigurau nid i&apos;w cyhoeddi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the combined table</source>
        <translation>Cadw&apos;r tabl cyfun</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Ffeil CSV (*.csv);;Llyfr gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei chadw</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Wedi cadw %1.</translation>
    </message>
    <message>
        <source>Save an A4 summary</source>
        <translation>Cadw crynodeb A4</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>Ffeil PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CvcPdf</name>
    <message>
        <source>Combined volunteering returns</source>
        <translation>Ffurflenni gwirfoddoli cyfun</translation>
    </message>
    <message>
        <source>Volunteering in %1: combined returns</source>
        <translation>Gwirfoddoli yn %1: ffurflenni cyfun</translation>
    </message>
    <message>
        <source>Made with %1 on %2 from %3 groups&apos; returns. Sums of the figures the groups published; %4 marks a figure from fewer than 3 groups or mostly from one, which is not for publication.</source>
        <translation>Gwnaed gyda&apos;r ap %1 o ffurflenni %3 grŵp. Dyddiad: %2. Symiau&apos;r ffigurau a gyhoeddodd y grwpiau; mae %4 yn nodi ffigur gan lai na 3 grŵp neu&apos;n bennaf gan un, nad yw i&apos;w gyhoeddi.</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Awdurdod lleol</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>The daily backup could not be made. Check that the disk has space.</source>
        <translation>Doedd dim modd gwneud y copi wrth gefn dyddiol. Gwiriwch fod lle ar y ddisg.</translation>
    </message>
    <message>
        <source>Your data is damaged</source>
        <translation>Mae eich data wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>The data file is damaged and there is no backup to go back to. Nothing was changed. Ask whoever helps you with the app to look at the data folder.</source>
        <translation>Mae&apos;r ffeil ddata wedi&apos;i difrodi a does dim copi wrth gefn i fynd yn ôl ato. Ni newidiwyd dim. Gofynnwch i bwy bynnag sy&apos;n eich helpu gyda&apos;r ap edrych ar y ffolder data.</translation>
    </message>
    <message>
        <source>The data file is damaged, so the app did not change it. You can go back to the newest good backup, from %1. The damaged file is kept aside in the data folder.</source>
        <translation>Mae&apos;r ffeil ddata wedi&apos;i difrodi, felly ni newidiodd yr ap hi. Gallwch fynd yn ôl at y copi wrth gefn da diweddaraf, o %1. Caiff y ffeil a ddifrodwyd ei chadw o&apos;r neilltu yn y ffolder data.</translation>
    </message>
    <message>
        <source>Go back to that backup</source>
        <translation>Mynd yn ôl at y copi hwnnw</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Heb ei adfer</translation>
    </message>
    <message>
        <source>Back up to a file</source>
        <translation>Gwneud copi wrth gefn i ffeil</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation>Copïau wrth gefn (*.sqlite3)</translation>
    </message>
    <message>
        <source>Not backed up</source>
        <translation>Dim copi wrth gefn wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Copi wrth gefn wedi&apos;i gadw yn %1.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Replace the data on this laptop with the backup %1? The data now on the laptop is kept in the backups folder first.</source>
        <translation>Rhoi&apos;r copi wrth gefn %1 yn lle&apos;r data ar y gliniadur hwn? Caiff y data sydd ar y gliniadur nawr ei gadw yn y ffolder copïau wrth gefn yn gyntaf.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Adfer</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>“%1” is not a date this box takes. Type the day, month and year, e.g. 27/11/2026.</source>
        <translation>Nid yw “%1” yn ddyddiad y mae&apos;r blwch hwn yn ei dderbyn. Teipiwch y diwrnod, y mis a&apos;r flwyddyn, e.e. 27/11/2026.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>The file could not be saved: %1. Choose another folder.</source>
        <translation>Ni ellid cadw&apos;r ffeil: %1. Dewiswch ffolder arall.</translation>
    </message>
</context>
<context>
    <name>DoorPulseWindow</name>
    <message>
        <source>Pulse cards</source>
        <translation>Cardiau curiad</translation>
    </message>
    <message>
        <source>Tap one answer for each line, then hand in your card. It is anonymous: only the totals are kept. Coordinator: Ctrl+Shift+F goes back to signing in.</source>
        <translation>Tapiwch un ateb ar bob llinell, yna rhowch eich cerdyn i mewn. Mae&apos;n ddienw: dim ond y cyfansymiau a gedwir. Cydlynydd: mae Ctrl+Shift+F yn mynd yn ôl i gofrestru.</translation>
    </message>
    <message>
        <source>Tap at least one answer first.</source>
        <translation>Tapiwch o leiaf un ateb yn gyntaf.</translation>
    </message>
    <message>
        <source>Thank you! Cards handed in here: %1.</source>
        <translation>Diolch! Cardiau a roddwyd i mewn yma: %1.</translation>
    </message>
</context>
<context>
    <name>EditActivityDialog</name>
    <message>
        <source>Edit activity</source>
        <translation>Golygu gweithgaredd</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Summary for your CVC</source>
        <translation>Crynodeb i&apos;ch CGS</translation>
    </message>
    <message>
        <source>An anonymised summary to send to your County Voluntary Council. Only the counts below leave this laptop: no names, contacts, notes or places.</source>
        <translation>Crynodeb dienw i&apos;w anfon at eich Cyngor Gwirfoddol Sirol. Dim ond y cyfrifon isod sy&apos;n gadael y gliniadur hwn: dim enwau, manylion cyswllt, nodiadau na lleoedd.</translation>
    </message>
    <message>
        <source>Include the group&apos;s &amp;name</source>
        <translation>Cynnwys &amp;enw&apos;r grŵp</translation>
    </message>
    <message>
        <source>Also save a &amp;datapackage.json (for open-data tools)</source>
        <translation>Cadw &amp;datapackage.json hefyd (ar gyfer offer data agored)</translation>
    </message>
    <message>
        <source>Set local &amp;authority…</source>
        <translation>Gosod yr &amp;awdurdod lleol…</translation>
    </message>
    <message>
        <source>&amp;Save file for the CVC…</source>
        <translation>Cadw ffeil i&apos;r CG&amp;S…</translation>
    </message>
    <message>
        <source>Every row of the file, as it will be saved</source>
        <translation>Pob rhes o&apos;r ffeil, fel y caiff ei chadw</translation>
    </message>
    <message>
        <source>Show e&amp;very column in the table</source>
        <translation>Dangos &amp;pob colofn yn y tabl</translation>
    </message>
    <message>
        <source>Nothing was logged in this period, so the file would hold only zeros. Log activities on the Log page (Ctrl+1), or choose another period above.</source>
        <translation>Ni chofnodwyd dim yn y cyfnod hwn, felly dim ond sero fyddai yn y ffeil. Cofnodwch weithgareddau ar y dudalen Cofnodi (Ctrl+1), neu dewiswch gyfnod arall uchod.</translation>
    </message>
    <message>
        <source>The summary needs your group&apos;s local authority, so your CVC knows where the volunteering happened.</source>
        <translation>Mae&apos;r crynodeb angen awdurdod lleol eich grŵp, er mwyn i&apos;ch CGS wybod ble digwyddodd y gwirfoddoli.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>Every row also carries: %1</source>
        <translation>Mae pob rhes hefyd yn cynnwys: %1</translation>
    </message>
    <message>
        <source>%1: %2 rows, one per figure.</source>
        <translation>%1: %2 rhes, un ar gyfer pob ffigur.</translation>
    </message>
    <message>
        <source>Numbers of people, sessions and hours are rounded to the nearest 5, and each total is rounded on its own, so a breakdown may not add up to it.</source>
        <translation>Caiff niferoedd pobl, sesiynau ac oriau eu talgrynnu i&apos;r 5 agosaf, a chaiff pob cyfanswm ei dalgrynnu ar wahân, felly efallai na fydd dadansoddiad yn adio i&apos;r cyfanswm.</translation>
    </message>
    <message>
        <source>Hidden because fewer than 5 people are behind them (marked “suppressed”): %1.</source>
        <translation>Wedi&apos;u cuddio am fod llai na 5 o bobl y tu ôl iddynt (wedi&apos;u marcio “suppressed”): %1.</translation>
    </message>
    <message>
        <source>Hidden as well, so those cannot be worked out from a total (marked “secondary_suppressed”): %1.</source>
        <translation>Wedi&apos;u cuddio hefyd, fel na ellir cyfrifo&apos;r rheini o gyfanswm (wedi&apos;u marcio “secondary_suppressed”): %1.</translation>
    </message>
    <message>
        <source>Numbers have changed</source>
        <translation>Mae&apos;r niferoedd wedi newid</translation>
    </message>
    <message>
        <source>You sent a summary for this period on %1. The numbers have changed since, so the new file will differ from the one your CVC has.</source>
        <translation>Fe anfonoch grynodeb ar gyfer y cyfnod hwn ar %1. Mae&apos;r niferoedd wedi newid ers hynny, felly bydd y ffeil newydd yn wahanol i&apos;r un sydd gan eich CGS.</translation>
    </message>
    <message>
        <source>Save a new file</source>
        <translation>Cadw ffeil newydd</translation>
    </message>
    <message>
        <source>Different periods overlap</source>
        <translation>Mae cyfnodau gwahanol yn gorgyffwrdd</translation>
    </message>
    <message>
        <source>You already sent %1. This period overlaps it without matching it. Someone holding both files could subtract one from the other and uncover small numbers. Groups should report on one grid: the same kind of period each time.</source>
        <translation>Rydych chi eisoes wedi anfon %1. Mae&apos;r cyfnod hwn yn gorgyffwrdd ag ef heb gyfateb iddo. Gallai rhywun sydd â&apos;r ddwy ffeil dynnu un o&apos;r llall a datgelu niferoedd bach. Dylai grwpiau adrodd ar un grid: yr un math o gyfnod bob tro.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Cadw beth bynnag</translation>
    </message>
    <message>
        <source>Save the summary for your CVC</source>
        <translation>Cadw&apos;r crynodeb i&apos;ch CGS</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>Saved %1. Email it to your CVC.</source>
        <translation>Wedi cadw %1. Anfonwch hi at eich CGS drwy e-bost.</translation>
    </message>
    <message>
        <source>Summary saved.</source>
        <translation>Crynodeb wedi&apos;i gadw.</translation>
    </message>
</context>
<context>
    <name>ExtrasFields</name>
    <message>
        <source>What it produced</source>
        <translation>Yr hyn a gynhyrchodd</translation>
    </message>
    <message>
        <source>Projects it belongs to</source>
        <translation>Y prosiectau y mae&apos;n perthyn iddynt</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Dewis taenlen</translation>
    </message>
    <message>
        <source>Import activities from your own spreadsheet: a CSV file or an Excel workbook (.xlsx). A row can be one person at one activity, an activity&apos;s headcount and total hours, or one entry of a single person&apos;s own log. Every row needs a date and what the activity was (or one given for every row on the next page); the rest is optional. Nothing is saved until you have seen every row and what the file will add. You can also drag the file here.</source>
        <translation>Mewnforio gweithgareddau o&apos;ch taenlen eich hun: ffeil CSV neu lyfr gwaith Excel (.xlsx). Gall rhes fod yn un person mewn un gweithgaredd, yn gyfrif pennau a chyfanswm oriau gweithgaredd, neu&apos;n un cofnod yng nghofnod un person. Mae angen dyddiad a beth oedd y gweithgaredd ar bob rhes (neu un a roddir ar gyfer pob rhes ar y dudalen nesaf); mae&apos;r gweddill yn ddewisol. Ni chaiff dim ei gadw nes i chi weld pob rhes a&apos;r hyn y bydd y ffeil yn ei ychwanegu. Gallwch hefyd lusgo&apos;r ffeil yma.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Dewis ffeil…</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Ffeil i&apos;w mewnforio</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>Da&amp;len:</translation>
    </message>
    <message>
        <source>An Excel workbook, sheet “%1”.</source>
        <translation>Llyfr gwaith Excel, dalen “%1”.</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>atalnodau</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>hanner colonau</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabiau</translation>
    </message>
    <message>
        <source>A CSV file in %1, separated by %2.</source>
        <translation>Ffeil CSV yn %1, wedi&apos;i gwahanu gan %2.</translation>
    </message>
    <message>
        <source>The column headings are on row %1.</source>
        <translation>Mae penawdau&apos;r colofnau ar res %1.</translation>
    </message>
    <message>
        <source>Title rows above them, skipped: %1.</source>
        <translation>Rhesi teitl uwch eu pennau, wedi&apos;u hepgor: %1.</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>De&amp;wis…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Co-coordinator&apos;s file</source>
        <translation>Ffeil cyd-gydlynydd</translation>
    </message>
</context>
<context>
    <name>FundingBox</name>
    <message>
        <source>Funders</source>
        <translation>Cyllidwyr</translation>
    </message>
    <message>
        <source>Projects (grants) that activities belong to, and outputs your sessions produce, such as bags of litter or meals served. Never in the CVC summary.</source>
        <translation>Prosiectau (grantiau) y mae gweithgareddau&apos;n perthyn iddynt, a&apos;r allbynnau y mae eich sesiynau&apos;n eu cynhyrchu, megis bagiau sbwriel neu brydau bwyd. Byth yn y crynodeb i&apos;r CGS.</translation>
    </message>
    <message>
        <source>&amp;Projects and outputs…</source>
        <translation>&amp;Prosiectau ac allbynnau…</translation>
    </message>
</context>
<context>
    <name>FundingDialog</name>
    <message>
        <source>Projects and outputs</source>
        <translation>Prosiectau ac allbynnau</translation>
    </message>
    <message>
        <source>Projects (grants)</source>
        <translation>Prosiectau (grantiau)</translation>
    </message>
    <message>
        <source>Outputs (what sessions produce)</source>
        <translation>Allbynnau (yr hyn y mae sesiynau&apos;n ei gynhyrchu)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;Cyllidwr:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Dechrau:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Gorffen:</translation>
    </message>
    <message>
        <source>Activities of these &amp;types join it when logged:</source>
        <translation>Mae gweithgareddau o&apos;r &amp;mathau hyn yn ymuno ag ef wrth eu cofnodi:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>E&amp;nw:</translation>
    </message>
    <message>
        <source>&amp;Welsh name (if wanted):</source>
        <translation>Enw &amp;Cymraeg (os dymunir):</translation>
    </message>
    <message>
        <source>The Log form shows it for these t&amp;ypes:</source>
        <translation>Mae&apos;r ffurflen Gofnodi yn ei ddangos ar gyfer y m&amp;athau hyn:</translation>
    </message>
    <message>
        <source>No end date yet</source>
        <translation>Dim dyddiad gorffen eto</translation>
    </message>
    <message>
        <source>Add the &amp;project</source>
        <translation>Ychwanegu&apos;r &amp;prosiect</translation>
    </message>
    <message>
        <source>Add the &amp;output</source>
        <translation>Ychwanegu&apos;r &amp;allbwn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Prosiectau</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Allbynnau</translation>
    </message>
    <message>
        <source>Activity types that join the project</source>
        <translation>Mathau o weithgaredd sy&apos;n ymuno â&apos;r prosiect</translation>
    </message>
    <message>
        <source>Activity types that show the output</source>
        <translation>Mathau o weithgaredd sy&apos;n dangos yr allbwn</translation>
    </message>
    <message>
        <source>Save the c&amp;hanges</source>
        <translation>Cadw&apos;r ne&amp;widiadau</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Tynnu…</translation>
    </message>
    <message>
        <source>Save the chan&amp;ges</source>
        <translation>Cadw&apos;r newidiada&amp;u</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>T&amp;ynnu…</translation>
    </message>
    <message>
        <source>Edit the project</source>
        <translation>Golygu&apos;r prosiect</translation>
    </message>
    <message numerus="yes">
        <source>Remove the project “%1”? %n activities tagged with it lose the tag, and no activity type joins it when logged any more. Ctrl+Z puts it back.</source>
        <translation>
            <numerusform>Tynnu&apos;r prosiect “%1”? Bydd %n o weithgareddau sydd wedi&apos;u tagio ag ef yn colli&apos;r tag, ac ni fydd unrhyw fath o weithgaredd yn ymuno ag ef wrth ei gofnodi mwyach. Mae Ctrl+Z yn dod ag ef yn ôl.</numerusform>
            <numerusform>Tynnu&apos;r prosiect “%1”? Bydd %n gweithgaredd sydd wedi&apos;i dagio ag ef yn colli&apos;r tag, ac ni fydd unrhyw fath o weithgaredd yn ymuno ag ef wrth ei gofnodi mwyach. Mae Ctrl+Z yn dod ag ef yn ôl.</numerusform>
            <numerusform>Tynnu&apos;r prosiect “%1”? Bydd %n o weithgareddau sydd wedi&apos;u tagio ag ef yn colli&apos;r tag, ac ni fydd unrhyw fath o weithgaredd yn ymuno ag ef wrth ei gofnodi mwyach. Mae Ctrl+Z yn dod ag ef yn ôl.</numerusform>
            <numerusform>Tynnu&apos;r prosiect “%1”? Bydd %n o weithgareddau sydd wedi&apos;u tagio ag ef yn colli&apos;r tag, ac ni fydd unrhyw fath o weithgaredd yn ymuno ag ef wrth ei gofnodi mwyach. Mae Ctrl+Z yn dod ag ef yn ôl.</numerusform>
            <numerusform>Tynnu&apos;r prosiect “%1”? Bydd %n o weithgareddau sydd wedi&apos;u tagio ag ef yn colli&apos;r tag, ac ni fydd unrhyw fath o weithgaredd yn ymuno ag ef wrth ei gofnodi mwyach. Mae Ctrl+Z yn dod ag ef yn ôl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the project</source>
        <translation>Tynnu&apos;r prosiect</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Edit the output</source>
        <translation>Golygu&apos;r allbwn</translation>
    </message>
    <message>
        <source>Remove the output “%1”? It no longer shows on the Log form or counts in reports. The amounts already recorded stay in the file. Ctrl+Z puts it back.</source>
        <translation>Tynnu&apos;r allbwn “%1”? Ni fydd yn ymddangos ar y ffurflen Gofnodi nac yn cyfrif mewn adroddiadau mwyach. Mae&apos;r symiau a gofnodwyd eisoes yn aros yn y ffeil. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Remove the output</source>
        <translation>Tynnu&apos;r allbwn</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <source>Group &amp;name:</source>
        <translation>E&amp;nw&apos;r grŵp:</translation>
    </message>
    <message>
        <source>&amp;Local authority:</source>
        <translation>&amp;Awdurdod lleol:</translation>
    </message>
    <message>
        <source>&amp;CVC reference (optional):</source>
        <translation>Cyfeirnod y CG&amp;S (dewisol):</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>For example: Llanfair Repair Café</source>
        <translation>Er enghraifft: Caffi Trwsio Llanfair</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Enw&apos;r grŵp</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Awdurdod lleol</translation>
    </message>
    <message>
        <source>The area where the group is based; it is included in the summary for your CVC.</source>
        <translation>Yr ardal lle mae&apos;r grŵp; caiff ei chynnwys yn y crynodeb i&apos;ch CGS.</translation>
    </message>
    <message>
        <source>CVC reference</source>
        <translation>Cyfeirnod y CGS</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
</context>
<context>
    <name>Headcount</name>
    <message>
        <source>%1: one fewer</source>
        <translation>%1: un yn llai</translation>
    </message>
    <message>
        <source>%1: one more</source>
        <translation>%1: un yn fwy</translation>
    </message>
</context>
<context>
    <name>HoursLetter</name>
    <message>
        <source>%1 gave no recorded volunteering between %2 and %3.</source>
        <translation>Nid oes gwirfoddoli wedi&apos;i gofnodi gan %1 rhwng %2 a %3.</translation>
    </message>
    <message>
        <source>Volunteering hours: %1</source>
        <translation>Oriau gwirfoddoli: %1</translation>
    </message>
    <message>
        <source>Volunteering hours</source>
        <translation>Oriau gwirfoddoli</translation>
    </message>
    <message>
        <source>These figures come from the group&apos;s own records of its volunteering. We are glad to confirm them and thank %1 for their time.</source>
        <translation>Daw&apos;r ffigurau hyn o gofnodion y grŵp ei hun o&apos;i wirfoddoli. Rydym yn falch o&apos;u cadarnhau ac yn diolch i %1 am eu hamser.</translation>
    </message>
    <message>
        <source>Signed for %1 by the volunteer coordinator</source>
        <translation>Llofnodwyd ar ran %1 gan y cydlynydd gwirfoddolwyr</translation>
    </message>
    <message>
        <source>Name and date</source>
        <translation>Enw a dyddiad</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Gweithgaredd</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Cyfanswm</translation>
    </message>
</context>
<context>
    <name>HoursLetterButton</name>
    <message>
        <source>&amp;Hours letter…</source>
        <translation>Llythyr &amp;oriau…</translation>
    </message>
    <message>
        <source>An A4 letter of one volunteer&apos;s hours, for them to keep.</source>
        <translation>Llythyr A4 o oriau un gwirfoddolwr, iddyn nhw ei gadw.</translation>
    </message>
</context>
<context>
    <name>HoursLetterDialog</name>
    <message>
        <source>Hours letter</source>
        <translation>Llythyr oriau</translation>
    </message>
    <message>
        <source>A letter on the group&apos;s behalf saying how many hours %1 gave, for a job, a course or an award. It holds only their own figures.</source>
        <translation>Llythyr ar ran y grŵp yn dweud faint o oriau a roddodd %1, ar gyfer swydd, cwrs neu wobr. Mae&apos;n cynnwys eu ffigurau eu hunain yn unig.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;I:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Cadw…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Save the hours letter</source>
        <translation>Cadw&apos;r llythyr oriau</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dogfen PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>HoursLetterTexts</name>
    <message numerus="yes">
        <source>%1 gave %2 hours over %n session(s) between %3 and %4.</source>
        <translation>
            <numerusform>Rhoddodd %1 %2 awr dros %n sesiwn rhwng %3 a %4.</numerusform>
            <numerusform>Rhoddodd %1 %2 awr dros %n sesiwn rhwng %3 a %4.</numerusform>
            <numerusform>Rhoddodd %1 %2 awr dros %n sesiwn rhwng %3 a %4.</numerusform>
            <numerusform>Rhoddodd %1 %2 awr dros %n sesiwn rhwng %3 a %4.</numerusform>
            <numerusform>Rhoddodd %1 %2 awr dros %n sesiwn rhwng %3 a %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Row</source>
        <translation>Rhes</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemau</translation>
    </message>
    <message>
        <source>Output: %1 (a count)</source>
        <translation>Allbwn: %1 (nifer)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(heb ei mewnforio)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Gweithgaredd</translation>
    </message>
    <message>
        <source>Activity type (standard code)</source>
        <translation>Math o weithgaredd (cod safonol)</translation>
    </message>
    <message>
        <source>Kind of activity (code)</source>
        <translation>Ffurf y gweithgaredd (cod)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Awdurdod lleol</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Amser dechrau</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Amser gorffen</translation>
    </message>
    <message>
        <source>Activity length (minutes)</source>
        <translation>Hyd y gweithgaredd (munudau)</translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation>Enw&apos;r person</translation>
    </message>
    <message>
        <source>Role (code)</source>
        <translation>Rôl (cod)</translation>
    </message>
    <message>
        <source>Person&apos;s time (minutes)</source>
        <translation>Amser y person (munudau)</translation>
    </message>
    <message>
        <source>Person&apos;s time (hours)</source>
        <translation>Amser y person (oriau)</translation>
    </message>
    <message>
        <source>Age band (code)</source>
        <translation>Band oedran (cod)</translation>
    </message>
    <message>
        <source>Welsh speaker (code)</source>
        <translation>Siaradwr Cymraeg (cod)</translation>
    </message>
    <message>
        <source>Unnamed volunteers</source>
        <translation>Gwirfoddolwyr dienw</translation>
    </message>
    <message>
        <source>Unnamed participants</source>
        <translation>Cyfranogwyr dienw</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Activity reference (groups rows)</source>
        <translation>Cyfeirnod gweithgaredd (yn grwpio rhesi)</translation>
    </message>
    <message>
        <source>Person reference (tells apart same names)</source>
        <translation>Cyfeirnod person (yn gwahaniaethu enwau tebyg)</translation>
    </message>
    <message>
        <source>Title (the event&apos;s own name)</source>
        <translation>Teitl (enw&apos;r digwyddiad ei hun)</translation>
    </message>
    <message>
        <source>Total volunteer hours (unnamed volunteers, whole activity)</source>
        <translation>Cyfanswm oriau gwirfoddoli (gwirfoddolwyr dienw, y gweithgaredd cyfan)</translation>
    </message>
    <message>
        <source>Place type (code or name)</source>
        <translation>Math o leoliad (cod neu enw)</translation>
    </message>
    <message>
        <source>Projects (names, separated by ;)</source>
        <translation>Prosiectau (enwau, wedi&apos;u gwahanu gan ;)</translation>
    </message>
    <message>
        <source>Pulse: cards handed in</source>
        <translation>Curiad: cardiau a roddwyd i mewn</translation>
    </message>
    <message>
        <source>Pulse: agreed they belong</source>
        <translation>Curiad: yn cytuno eu bod yn perthyn</translation>
    </message>
    <message>
        <source>Pulse: agreed people get on well</source>
        <translation>Curiad: yn cytuno bod pobl yn cyd-dynnu&apos;n dda</translation>
    </message>
    <message>
        <source>Pulse: agreed people show respect</source>
        <translation>Curiad: yn cytuno bod pobl yn dangos parch</translation>
    </message>
    <message>
        <source>Pulse: agreed people can be trusted</source>
        <translation>Curiad: yn cytuno y gellir ymddiried mewn pobl</translation>
    </message>
    <message>
        <source>Pulse: agreed they trust the council and services</source>
        <translation>Curiad: yn cytuno eu bod yn ymddiried yn y cyngor a&apos;r gwasanaethau</translation>
    </message>
    <message>
        <source>Pulse: agreed they met someone new</source>
        <translation>Curiad: yn cytuno eu bod wedi cyfarfod â rhywun newydd</translation>
    </message>
    <message>
        <source>Pulse: agreed with all three</source>
        <translation>Curiad: yn cytuno â&apos;r tri</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rhes %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportCheck</name>
    <message>
        <source>Activities: %1</source>
        <translation>Gweithgareddau: %1</translation>
    </message>
    <message>
        <source>Named attendances: %1</source>
        <translation>Presenoldeb wedi&apos;i enwi: %1</translation>
    </message>
    <message>
        <source>New people: %1</source>
        <translation>Pobl newydd: %1</translation>
    </message>
    <message>
        <source>Volunteer hours: %1</source>
        <translation>Oriau gwirfoddoli: %1</translation>
    </message>
    <message>
        <source>Unnamed volunteers (headcount): %1</source>
        <translation>Gwirfoddolwyr dienw (cyfrif pennau): %1</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Cyfranogwyr: %1</translation>
    </message>
    <message>
        <source>Dates: %1 to %2</source>
        <translation>Dyddiadau: %1 i %2</translation>
    </message>
    <message>
        <source>Skipped, looks like a total: rows %1.</source>
        <translation>Wedi&apos;u hepgor, yn edrych fel cyfanswm: rhesi %1.</translation>
    </message>
    <message>
        <source>Skipped, looks like a note: rows %1.</source>
        <translation>Wedi&apos;u hepgor, yn edrych fel nodyn: rhesi %1.</translation>
    </message>
    <message>
        <source>Skipped, nobody came (every count is 0): rows %1.</source>
        <translation>Wedi&apos;u hepgor, ni ddaeth neb (mae pob cyfrif yn 0): rhesi %1.</translation>
    </message>
    <message>
        <source>Problems found: %1. Nothing will be imported until every row is right: correct the file in your spreadsheet, save it, then read it again.</source>
        <translation>Problemau a gafwyd: %1. Ni fydd dim yn cael ei fewnforio nes bod pob rhes yn gywir: cywirwch y ffeil yn eich taenlen, cadwch hi, yna darllenwch hi eto.</translation>
    </message>
    <message>
        <source>%1 rows read. This file will add:</source>
        <translation>Rhesi a ddarllenwyd: %1. Bydd y ffeil hon yn ychwanegu:</translation>
    </message>
    <message>
        <source>Every row: %1 “%2”.</source>
        <translation>Pob rhes: %1 “%2”.</translation>
    </message>
    <message>
        <source>Rows already in your data, which will be skipped: %1.</source>
        <translation>Rhesi sydd eisoes yn eich data, a gaiff eu hepgor: %1.</translation>
    </message>
    <message>
        <source>Where the file&apos;s headcounts differ from those saved (rows %1), the saved ones are kept.</source>
        <translation>Lle mae cyfrif pennau&apos;r ffeil yn wahanol i&apos;r rhai a gadwyd (rhesi %1), cedwir y rhai a gadwyd.</translation>
    </message>
    <message>
        <source>Activities already saved (rows %1) keep their own place type, pulse, projects and outputs.</source>
        <translation>Mae gweithgareddau sydd wedi&apos;u cadw&apos;n barod (rhesi %1) yn cadw eu math o leoliad, eu curiad, eu prosiectau a&apos;u hallbynnau eu hunain.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Colofnau heb eu mewnforio: %1.</translation>
    </message>
    <message>
        <source>Everything in this file is already in your data.</source>
        <translation>Mae popeth yn y ffeil hon eisoes yn eich data.</translation>
    </message>
    <message>
        <source>New activity types, with their kind (a kind the file does not give is “Other”, unless the name is one of the starter types; change it in Edit &gt; Activity types): %1.</source>
        <translation>Mathau newydd o weithgaredd, gyda&apos;u ffurf (“Arall” yw ffurf nad yw&apos;r ffeil yn ei rhoi, oni bai bod yr enw&apos;n un o&apos;r mathau cychwynnol; newidiwch hi yn Golygu &gt; Mathau o weithgaredd): %1.</translation>
    </message>
    <message>
        <source>New places, with the type the file gives: %1.</source>
        <translation>Lleoliadau newydd, gyda&apos;r math a rydd y ffeil: %1.</translation>
    </message>
    <message>
        <source>New projects, starting on the first day they are used (add the funder and dates in Projects and outputs): %1.</source>
        <translation>Prosiectau newydd, yn dechrau ar y diwrnod cyntaf y cânt eu defnyddio (ychwanegwch yr arianwr a&apos;r dyddiadau yn Prosiectau ac allbynnau): %1.</translation>
    </message>
    <message>
        <source>New outputs (choose which activity types show them in Projects and outputs): %1.</source>
        <translation>Allbynnau newydd (dewiswch pa fathau o weithgaredd sy&apos;n eu dangos yn Prosiectau ac allbynnau): %1.</translation>
    </message>
    <message>
        <source>Activities with an event pulse: %1.</source>
        <translation>Gweithgareddau gyda churiad digwyddiad: %1.</translation>
    </message>
    <message>
        <source>The import was undone and nothing was saved: the data written did not add up to what the file said. The file said:</source>
        <translation>Cafodd y mewnforio ei ddadwneud ac ni chadwyd dim: nid oedd y data a ysgrifennwyd yn cyfateb i&apos;r hyn a ddywedai&apos;r ffeil. Dywedai&apos;r ffeil:</translation>
    </message>
    <message>
        <source>The data would have held:</source>
        <translation>Byddai&apos;r data wedi dal:</translation>
    </message>
    <message>
        <source>That import is no longer there, or was removed already.</source>
        <translation>Nid yw&apos;r mewnforio hwnnw yno bellach, neu cafodd ei dynnu eisoes.</translation>
    </message>
</context>
<context>
    <name>ImportOptionsBox</name>
    <message>
        <source>Every row is the &amp;activity:</source>
        <translation>Pob rhes yw&apos;r &amp;gweithgaredd:</translation>
    </message>
    <message>
        <source>Every row is the &amp;person:</source>
        <translation>Pob rhes yw&apos;r &amp;person:</translation>
    </message>
    <message>
        <source>&amp;Dates are written:</source>
        <translation>Mae&apos;r &amp;dyddiadau wedi&apos;u hysgrifennu:</translation>
    </message>
    <message>
        <source>&amp;Year of dates written without one:</source>
        <translation>&amp;Blwyddyn dyddiadau heb flwyddyn:</translation>
    </message>
    <message>
        <source>When no column says what the activity was, e.g. Friday pantry</source>
        <translation>Pan nad oes colofn yn dweud beth oedd y gweithgaredd, e.e. Pantri dydd Gwener</translation>
    </message>
    <message>
        <source>For one person&apos;s own log with no name column, e.g. Sam Jones</source>
        <translation>Ar gyfer cofnod un person heb golofn enw, e.e. Sam Jones</translation>
    </message>
    <message>
        <source>As the file shows</source>
        <translation>Fel y mae&apos;r ffeil yn eu dangos</translation>
    </message>
    <message>
        <source>Day first (31/03/2026)</source>
        <translation>Y diwrnod yn gyntaf (31/03/2026)</translation>
    </message>
    <message>
        <source>Month first (03/31/2026)</source>
        <translation>Y mis yn gyntaf (03/31/2026)</translation>
    </message>
    <message>
        <source>Year first (2026/03/31)</source>
        <translation>Y flwyddyn yn gyntaf (2026/03/31)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>{path} does not exist</source>
        <translation>Nid yw {path} yn bodoli</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>Ffolder yw {path}, nid ffeil</translation>
    </message>
    <message>
        <source>the file is larger than 200 MB</source>
        <translation>mae&apos;r ffeil yn fwy na 200 MB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>mae&apos;r ffeil yn wag</translation>
    </message>
    <message>
        <source>this is an old Excel .xls file: save it as .xlsx or CSV and import that</source>
        <translation>hen ffeil Excel .xls yw hon: cadwch hi fel .xlsx neu CSV a mewnforio honno</translation>
    </message>
    <message>
        <source>the file is not a spreadsheet: choose a .csv or .xlsx file</source>
        <translation>nid taenlen yw&apos;r ffeil: dewiswch ffeil .csv neu .xlsx</translation>
    </message>
    <message>
        <source>the workbook cannot be read: it may be damaged or password-protected</source>
        <translation>ni ellir darllen y llyfr gwaith: efallai ei fod wedi&apos;i ddifrodi neu wedi&apos;i ddiogelu â chyfrinair</translation>
    </message>
    <message>
        <source>the CSV cannot be read near here (is a quote left open?)</source>
        <translation>ni ellir darllen y CSV yn agos i fan hyn (a oes dyfynnod heb ei gau?)</translation>
    </message>
    <message>
        <source>no column is read as: {fields}</source>
        <translation>nid oes colofn yn cael ei darllen fel: {fields}</translation>
    </message>
    <message>
        <source>two columns are read as {field}: choose one</source>
        <translation>mae dwy golofn yn cael eu darllen fel {field}: dewiswch un</translation>
    </message>
    <message>
        <source>Which column says what the activity was? Choose one on the Columns page, or give one name for every row</source>
        <translation>Pa golofn sy&apos;n dweud beth oedd y gweithgaredd? Dewiswch un ar y dudalen Colofnau, neu rhowch un enw ar gyfer pob rhes</translation>
    </message>
    <message>
        <source>{field} is both read from a column and given for every row: choose one</source>
        <translation>mae {field} yn cael ei ddarllen o golofn ac yn cael ei roi ar gyfer pob rhes: dewiswch un</translation>
    </message>
    <message>
        <source>{field} is not something a row can hold</source>
        <translation>nid yw {field} yn rhywbeth y gall rhes ei ddal</translation>
    </message>
    <message>
        <source>no column is headed “{heading}”</source>
        <translation>nid oes colofn â&apos;r pennawd “{heading}”</translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>mae gan y ffeil bennawd ond dim rhesi</translation>
    </message>
    <message>
        <source>{fields} read from a column belong to a named person, and no column is read as the person: for one person&apos;s own log, give their name for every row; for a count of people without names, read that column as what it is (all the volunteers&apos; hours together, or the activity&apos;s length)</source>
        <translation>mae {fields} a ddarllenir o golofn yn perthyn i berson a enwir, ac nid oes colofn yn cael ei darllen fel y person: ar gyfer cofnod un person, rhowch ei enw ar gyfer pob rhes; ar gyfer cyfrif o bobl heb enwau, darllenwch y golofn honno fel yr hyn ydyw (oriau&apos;r gwirfoddolwyr i gyd gyda&apos;i gilydd, neu hyd y gweithgaredd)</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula whose result was never saved (a program made the file): open the file in a spreadsheet and save it again, so that its results are kept</source>
        <translation>mae cell {cell} yn dal fformiwla na chadwyd ei chanlyniad erioed (rhaglen a wnaeth y ffeil): agorwch y ffeil mewn taenlen a&apos;i chadw eto, er mwyn cadw&apos;r canlyniadau</translation>
    </message>
    <message>
        <source>there is nothing to import: every row ({count}) is a total, a note or a day when nobody came</source>
        <translation>does dim i&apos;w fewnforio: mae pob rhes ({count}) yn gyfanswm, yn nodyn neu&apos;n ddiwrnod pan na ddaeth neb</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>nid yw “{value}” yn rhif cyfan</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}</source>
        <translation>mae {value} y tu allan i {low} i {high}</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {allowed}</source>
        <translation>nid yw “{value}” yn un o: {allowed}</translation>
    </message>
    <message>
        <source>“{value}” is not a Welsh local authority (W06 code or name)</source>
        <translation>nid yw “{value}” yn awdurdod lleol yng Nghymru (cod W06 neu enw)</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>yn hirach na {limit} nod</translation>
    </message>
    <message>
        <source>“{value}” is not a time like 09:30</source>
        <translation>nid yw “{value}” yn amser fel 09:30</translation>
    </message>
    <message>
        <source>“{value}” disagrees with “{before}” given for the same activity on row {row}</source>
        <translation>nid yw “{value}” yn cytuno â “{before}” a roddwyd ar gyfer yr un gweithgaredd ar res {row}</translation>
    </message>
    <message>
        <source>an end time needs a start time</source>
        <translation>mae angen amser dechrau ar amser gorffen</translation>
    </message>
    <message>
        <source>the end time is not after the start time</source>
        <translation>nid yw&apos;r amser gorffen ar ôl yr amser dechrau</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>mae angen dyddiad</translation>
    </message>
    <message>
        <source>“{value}” is not a date like 31/03/2026, 31 March 2026 or 2026-03-31</source>
        <translation>nid yw “{value}” yn ddyddiad fel 31/03/2026, 31 Mawrth 2026 neu 2026-03-31</translation>
    </message>
    <message>
        <source>{value} is more than a year in the future</source>
        <translation>mae {value} fwy na blwyddyn yn y dyfodol</translation>
    </message>
    <message>
        <source>the dates mix day first (“{day_first}” on row {day_row}) and month first (“{month_first}”): write them all one way</source>
        <translation>mae&apos;r dyddiadau&apos;n cymysgu&apos;r diwrnod yn gyntaf (“{day_first}” ar res {day_row}) a&apos;r mis yn gyntaf (“{month_first}”): ysgrifennwch nhw i gyd yr un ffordd</translation>
    </message>
    <message>
        <source>“{value}” could be {dmy} (day first) or {mdy} (month first): say which order the dates are written in</source>
        <translation>gallai “{value}” fod yn {dmy} (y diwrnod yn gyntaf) neu&apos;n {mdy} (y mis yn gyntaf): dywedwch ym mha drefn y mae&apos;r dyddiadau wedi&apos;u hysgrifennu</translation>
    </message>
    <message>
        <source>“{value}” has no year: say which year the dates are in</source>
        <translation>nid oes blwyddyn yn “{value}”: dywedwch ym mha flwyddyn y mae&apos;r dyddiadau</translation>
    </message>
    <message>
        <source>“{value}” is written month first, yet the column&apos;s other dates are the spreadsheet&apos;s own, all on the 12th or earlier: a US file opened in a UK spreadsheet looks like this, its day and month swapped as it turned them into dates. Import the file as it was first saved (the CSV), or correct those dates in the sheet</source>
        <translation>mae “{value}” wedi&apos;i ysgrifennu gyda&apos;r mis yn gyntaf, ond dyddiadau&apos;r daenlen ei hun yw dyddiadau eraill y golofn, i gyd ar y 12fed neu&apos;n gynt: dyna olwg ffeil o&apos;r UDA a agorwyd mewn taenlen yn y DU, a&apos;r diwrnod a&apos;r mis wedi&apos;u cyfnewid wrth iddi eu troi&apos;n ddyddiadau. Mewnforiwch y ffeil fel y&apos;i cadwyd gyntaf (y CSV), neu cywirwch y dyddiadau hynny yn y ddalen</translation>
    </message>
    <message>
        <source>the activity&apos;s name is required</source>
        <translation>mae angen enw&apos;r gweithgaredd</translation>
    </message>
    <message>
        <source>this activity has no people and no headcount: add one or remove the row</source>
        <translation>nid oes gan y gweithgaredd hwn bobl na chyfrif pennau: ychwanegwch un neu dynnu&apos;r rhes</translation>
    </message>
    <message>
        <source>“{label}” is already mapped to {existing}, not {wanted}</source>
        <translation>mae “{label}” eisoes wedi&apos;i gysylltu â {existing}, nid {wanted}</translation>
    </message>
    <message>
        <source>“{name}” is listed twice for the same activity</source>
        <translation>mae “{name}” wedi&apos;i restru ddwywaith ar gyfer yr un gweithgaredd</translation>
    </message>
    <message>
        <source>hours, minutes, role, age band and Welsh speaker need a person&apos;s name</source>
        <translation>mae angen enw person ar gyfer oriau, munudau, rôl, band oedran a siaradwr Cymraeg</translation>
    </message>
    <message>
        <source>“{value}” is not a length of time like 2.5, 2:30 or 2h30</source>
        <translation>nid yw “{value}” yn hyd amser fel 2.5, 2:30 neu 2h30</translation>
    </message>
    <message>
        <source>give hours or minutes, not both</source>
        <translation>rhowch oriau neu funudau, nid y ddau</translation>
    </message>
    <message>
        <source>{hours} hours for one person in one day is more than 24: is this the total for everyone at the activity?</source>
        <translation>mae {hours} awr i un person mewn un diwrnod yn fwy na 24: ai dyma&apos;r cyfanswm i bawb yn y gweithgaredd?</translation>
    </message>
    <message>
        <source>{hours} hours for {count} volunteers is more than 24 hours each in one day: check the hours and the headcount</source>
        <translation>mae {hours} awr ar gyfer {count} o wirfoddolwyr yn fwy na 24 awr yr un mewn diwrnod: gwiriwch yr oriau a&apos;r cyfrif pennau</translation>
    </message>
    <message>
        <source>{hours} hours in all, but no volunteers counted: how many volunteers gave them?</source>
        <translation>{hours} awr i gyd, ond dim gwirfoddolwyr wedi&apos;u cyfrif: faint o wirfoddolwyr a&apos;u rhoddodd?</translation>
    </message>
    <message>
        <source>“{value}” is not a place type: use a code such as community_hall, or its name in English or Welsh</source>
        <translation>Nid yw “{value}” yn fath o leoliad: defnyddiwch god fel community_hall, neu ei enw yn Gymraeg neu Saesneg</translation>
    </message>
    <message>
        <source>“{place}” is a place of type {existing} already, not {wanted}: change the file, or the place&apos;s type in Edit &gt; Places</source>
        <translation>Mae “{place}” yn lleoliad o&apos;r math {existing} yn barod, nid {wanted}: newidiwch y ffeil, neu fath y lleoliad yn Golygu &gt; Lleoliadau</translation>
    </message>
    <message>
        <source>the number of cards is out of range</source>
        <translation>mae nifer y cardiau y tu allan i&apos;r ystod</translation>
    </message>
    <message>
        <source>{answers} cards agreed, but only {cards} were handed in</source>
        <translation>cytunodd {answers} o gardiau, ond dim ond {cards} a roddwyd i mewn</translation>
    </message>
    <message>
        <source>{all_three} cards agreed with all three, more than the fewest agreeing with one of the first three statements ({lowest})</source>
        <translation>cytunodd {all_three} o gardiau â&apos;r tri, mwy na&apos;r lleiaf a gytunodd ag un o&apos;r tri datganiad cyntaf ({lowest})</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>nid oes gan y llyfr gwaith unrhyw ddalennau</translation>
    </message>
    <message>
        <source>the workbook has no sheet called “{sheet}”; its sheets are: {sheets}</source>
        <translation>nid oes gan y llyfr gwaith ddalen o&apos;r enw “{sheet}”; ei ddalennau yw: {sheets}</translation>
    </message>
    <message>
        <source>the workbook holds XML declarations ({part}) that spreadsheet programs never write and that can harm a computer: it was not read</source>
        <translation>mae&apos;r llyfr gwaith yn cynnwys datganiadau XML ({part}) nad yw rhaglenni taenlen byth yn eu hysgrifennu ac a allai niweidio cyfrifiadur: ni chafodd ei ddarllen</translation>
    </message>
    <message>
        <source>a part of the workbook ({part}) unpacks to more than {limit} MB: it was not read</source>
        <translation>mae rhan o&apos;r llyfr gwaith ({part}) yn fwy na {limit} MB wedi&apos;i dadbacio: ni chafodd ei ddarllen</translation>
    </message>
    <message>
        <source>the workbook is damaged ({part} cannot be read): open it in your spreadsheet program, save it again and import that</source>
        <translation>mae&apos;r llyfr gwaith wedi&apos;i ddifrodi (ni ellir darllen {part}): agorwch ef yn eich rhaglen daenlen, cadwch ef eto a mewnforiwch hwnnw</translation>
    </message>
    <message>
        <source>cell {cell} points to text the workbook does not hold: the workbook is damaged</source>
        <translation>mae cell {cell} yn cyfeirio at destun nad yw yn y llyfr gwaith: mae&apos;r llyfr gwaith wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>cell {cell} is marked as a number but holds text: the workbook is damaged</source>
        <translation>mae cell {cell} wedi&apos;i nodi fel rhif ond mae&apos;n cynnwys testun: mae&apos;r llyfr gwaith wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>cell {cell} cannot be read: the workbook is damaged</source>
        <translation>ni ellir darllen cell {cell}: mae&apos;r llyfr gwaith wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>a value in column {column} is beyond the {limit} columns the importer reads: remove the columns you do not need</source>
        <translation>mae gwerth yng ngholofn {column} y tu hwnt i&apos;r {limit} colofn y mae&apos;r mewnforio yn eu darllen: tynnwch y colofnau nad oes eu hangen arnoch</translation>
    </message>
    <message>
        <source>the file has more than {limit} cells: split it into smaller files</source>
        <translation>mae gan y ffeil fwy na {limit} o gelloedd: rhannwch hi yn ffeiliau llai</translation>
    </message>
    <message>
        <source>a cell holds more than {limit} characters, more than a spreadsheet cell can</source>
        <translation>mae cell yn cynnwys mwy na {limit} nod, mwy nag y gall cell taenlen ei ddal</translation>
    </message>
    <message>
        <source>a cell holds more than {limit} characters: is a quote opened on this line and never closed?</source>
        <translation>mae cell yn cynnwys mwy na {limit} nod: a agorwyd dyfynnod ar y llinell hon heb ei gau?</translation>
    </message>
    <message>
        <source>a quote opened on this line is never closed, so the rest of the file would be read as one cell</source>
        <translation>ni chaiff dyfynnod a agorwyd ar y llinell hon byth ei gau, felly byddai gweddill y ffeil yn cael ei ddarllen fel un gell</translation>
    </message>
    <message>
        <source>{value} is before 1900</source>
        <translation>mae {value} cyn 1900</translation>
    </message>
    <message>
        <source>this line is not UTF-8 although other lines are: the file mixes two text encodings; save it again as “CSV UTF-8” and import that</source>
        <translation>nid yw&apos;r llinell hon yn UTF-8 er bod llinellau eraill: mae&apos;r ffeil yn cymysgu dau amgodiad testun; cadwch hi eto fel “CSV UTF-8” a mewnforiwch honno</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Mewnforio taenlen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Taenlenni (*.csv *.xlsx *.txt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Yn darllen y ffeil…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Yn gwirio pob rhes…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Yn mewnforio</translation>
    </message>
    <message>
        <source>Saving the rows…</source>
        <translation>Yn cadw&apos;r rhesi…</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>mewnforio %1</translation>
    </message>
    <message>
        <source>Imported %1 activities with %2 named attendances (%3 new people).</source>
        <translation>Wedi mewnforio gweithgareddau: %1, presenoldeb wedi&apos;i enwi: %2 (pobl newydd: %3).</translation>
    </message>
    <message>
        <source>Volunteer hours: %1; unnamed volunteers: %2.</source>
        <translation>Oriau gwirfoddoli: %1; gwirfoddolwyr dienw: %2.</translation>
    </message>
    <message>
        <source>Rows already in your data, skipped: %1.</source>
        <translation>Rhesi oedd eisoes yn eich data, wedi&apos;u hepgor: %1.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Mewnforio wedi gorffen</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Mewnforio wedi&apos;i ganslo</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing from the file was saved.</source>
        <translation>Cafodd y mewnforio ei ganslo. Ni chadwyd dim o&apos;r ffeil.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Ni ellid darllen y ffeil: %1</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <source>Imports</source>
        <translation>Mewnforion</translation>
    </message>
    <message>
        <source>Every file imported, newest first, with what it added. Removing one takes away its activities, its attendances and the people only it brought in.</source>
        <translation>Pob ffeil a fewnforiwyd, y fwyaf newydd yn gyntaf, gyda&apos;r hyn a ychwanegodd. Mae tynnu un yn mynd â&apos;i gweithgareddau, ei phresenoldeb a&apos;r bobl a ddaeth i mewn drwyddi hi yn unig.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Gweithgareddau</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Oriau gwirfoddoli</translation>
    </message>
    <message>
        <source>Unnamed volunteers</source>
        <translation>Gwirfoddolwyr dienw</translation>
    </message>
    <message>
        <source>&amp;Remove this import…</source>
        <translation>&amp;Tynnu&apos;r mewnforio hwn…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Remove the import of “%1”? This takes away:</source>
        <translation>Tynnu mewnforio “%1”? Mae hyn yn mynd â:</translation>
    </message>
    <message>
        <source>Remove an import</source>
        <translation>Tynnu mewnforio</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>remove the import of %1</source>
        <translation>tynnu mewnforio %1</translation>
    </message>
    <message>
        <source>Removed the import of “%1” (Ctrl+Z brings it back).</source>
        <translation>Wedi tynnu mewnforio “%1” (mae Ctrl+Z yn dod ag ef yn ôl).</translation>
    </message>
</context>
<context>
    <name>LocalAuthorityCombo</name>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Log an activity</source>
        <translation>Cofnodi gweithgaredd</translation>
    </message>
    <message>
        <source>Same as last time (Ctrl+L)</source>
        <translation>Yr un fath â&apos;r tro diwethaf (Ctrl+L)</translation>
    </message>
    <message>
        <source>Fill in the people, roles, hours, times and place from the last activity of this type</source>
        <translation>Llenwi&apos;r bobl, y rolau, yr oriau, yr amseroedd a&apos;r lleoliad o&apos;r gweithgaredd diwethaf o&apos;r math hwn</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>Cad&amp;w (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New regular activity…</source>
        <translation>Gweithgaredd rheolaidd newydd…</translation>
    </message>
    <message>
        <source>Sign-in screen…</source>
        <translation>Sgrin gofrestru…</translation>
    </message>
    <message>
        <source>A full screen for the laptop at the door: people tap their names as they arrive and leave</source>
        <translation>Sgrin lawn ar gyfer y gliniadur wrth y drws: mae pobl yn tapio&apos;u henwau wrth gyrraedd a gadael</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Yn agor eich data…</translation>
    </message>
    <message>
        <source>On this laptop: %1 and %2.</source>
        <translation>Ar y gliniadur hwn: %1 a %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln o weithgareddau</numerusform>
            <numerusform>%Ln gweithgaredd</numerusform>
            <numerusform>%Ln o weithgareddau</numerusform>
            <numerusform>%Ln o weithgareddau</numerusform>
            <numerusform>%Ln o weithgareddau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln o bobl</numerusform>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln o bobl</numerusform>
            <numerusform>%Ln o bobl</numerusform>
            <numerusform>%Ln o bobl</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the type of activity first.</source>
        <translation>Dewiswch y math o weithgaredd yn gyntaf.</translation>
    </message>
    <message>
        <source>Nothing of this type has been logged yet.</source>
        <translation>Does dim o&apos;r math hwn wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>Filled in from %1. Check, then save.</source>
        <translation>Wedi&apos;i lenwi o %1. Gwiriwch, yna cadwch.</translation>
    </message>
    <message>
        <source>Add a type of activity first (New type…).</source>
        <translation>Ychwanegwch fath o weithgaredd yn gyntaf (Math newydd…).</translation>
    </message>
    <message>
        <source>Check who came, then save.</source>
        <translation>Gwiriwch pwy ddaeth, yna cadwch.</translation>
    </message>
    <message>
        <source>skip %1</source>
        <translation>hepgor %1</translation>
    </message>
    <message>
        <source>%1 on %2 is marked as not having happened. Undo (Ctrl+Z) brings it back.</source>
        <translation>Mae %1 ar %2 wedi&apos;i nodi fel un na ddigwyddodd. Mae Dadwneud (Ctrl+Z) yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Save it again?</source>
        <translation>Ei gadw eto?</translation>
    </message>
    <message>
        <source>This looks the same as the activity saved at %1. Save another one?</source>
        <translation>Mae hwn yn edrych yr un fath â&apos;r gweithgaredd a gadwyd am %1. Cadw un arall?</translation>
    </message>
    <message>
        <source>Save &amp;another</source>
        <translation>Cadw un &amp;arall</translation>
    </message>
    <message>
        <source>Saved: %1 on %2.</source>
        <translation>Wedi cadw: %1 ar %2.</translation>
    </message>
    <message>
        <source>logging %1, %2</source>
        <translation>cofnodi %1, %2</translation>
    </message>
</context>
<context>
    <name>LogPulseButton</name>
    <message>
        <source>Pulse cards…</source>
        <translation>Cardiau curiad…</translation>
    </message>
    <message>
        <source>Pulse cards (%1)…</source>
        <translation>Cardiau curiad (%1)…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet…</source>
        <translation>&amp;Mewnforio taenlen…</translation>
    </message>
    <message>
        <source>I&amp;mports…</source>
        <translation>Mewn&amp;forion…</translation>
    </message>
    <message>
        <source>Regular &amp;activities…</source>
        <translation>Gweithgareddau &amp;rheolaidd…</translation>
    </message>
    <message>
        <source>&amp;Places…</source>
        <translation>&amp;Lleoliadau…</translation>
    </message>
    <message>
        <source>Activity &amp;types…</source>
        <translation>&amp;Mathau o weithgaredd…</translation>
    </message>
    <message>
        <source>E&amp;xport all records (personal data)…</source>
        <translation>A&amp;llforio pob cofnod (data personol)…</translation>
    </message>
    <message>
        <source>&amp;Back up to a file…</source>
        <translation>Gwneud &amp;copi wrth gefn i ffeil…</translation>
    </message>
    <message>
        <source>&amp;Restore from a file…</source>
        <translation>&amp;Adfer o ffeil…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Agor y ffolder &amp;logiau</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Ynghylch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Llwybrau &amp;byr bysellfwrdd</translation>
    </message>
    <message>
        <source>&amp;Privacy notice (template)…</source>
        <translation>Hysbysiad &amp;preifatrwydd (templed)…</translation>
    </message>
    <message>
        <source>&amp;Complaints procedure (template)…</source>
        <translation>Trefn g&amp;wyno (templed)…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Dadwneud %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ailwneud %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Wedi dadwneud: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wedi ailwneud: %1</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Yn barod.</translation>
    </message>
    <message>
        <source>⚠ Read only: this data folder cannot be written to, so changes cannot be saved.</source>
        <translation>⚠ Darllen yn unig: does dim modd ysgrifennu i&apos;r ffolder data hon, felly does dim modd cadw newidiadau.</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Yn agor eich data…</translation>
    </message>
    <message>
        <source>Group name not set</source>
        <translation>Enw&apos;r grŵp heb ei osod</translation>
    </message>
    <message>
        <source>local authority not set</source>
        <translation>awdurdod lleol heb ei osod</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Ynghylch</translation>
    </message>
    <message>
        <source>%1, version %2.

Your records stay on this laptop. The app never connects to the internet.</source>
        <translation>%1, fersiwn %2.

Mae eich cofnodion yn aros ar y gliniadur hwn. Nid yw&apos;r ap byth yn cysylltu â&apos;r rhyngrwyd.</translation>
    </message>
</context>
<context>
    <name>MergeWords</name>
    <message>
        <source>Nothing new: this laptop already holds everything in the file.</source>
        <translation>Dim byd newydd: mae gan y gliniadur hwn bopeth sydd yn y ffeil eisoes.</translation>
    </message>
    <message numerus="yes">
        <source>%n new activities</source>
        <translation>
            <numerusform>%n o weithgareddau newydd</numerusform>
            <numerusform>%n gweithgaredd newydd</numerusform>
            <numerusform>%n o weithgareddau newydd</numerusform>
            <numerusform>%n o weithgareddau newydd</numerusform>
            <numerusform>%n o weithgareddau newydd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n wedi&apos;u newid</numerusform>
            <numerusform>%n wedi&apos;i newid</numerusform>
            <numerusform>%n wedi&apos;u newid</numerusform>
            <numerusform>%n wedi&apos;u newid</numerusform>
            <numerusform>%n wedi&apos;u newid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n wedi&apos;u dileu</numerusform>
            <numerusform>%n wedi&apos;i ddileu</numerusform>
            <numerusform>%n wedi&apos;u dileu</numerusform>
            <numerusform>%n wedi&apos;u dileu</numerusform>
            <numerusform>%n wedi&apos;u dileu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new people</source>
        <translation>
            <numerusform>%n o bobl newydd</numerusform>
            <numerusform>%n person newydd</numerusform>
            <numerusform>%n o bobl newydd</numerusform>
            <numerusform>%n o bobl newydd</numerusform>
            <numerusform>%n o bobl newydd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other changes (attendance, types, places, settings)</source>
        <translation>
            <numerusform>%n o newidiadau eraill (presenoldeb, mathau, lleoedd, gosodiadau)</numerusform>
            <numerusform>%n newid arall (presenoldeb, mathau, lleoedd, gosodiadau)</numerusform>
            <numerusform>%n o newidiadau eraill (presenoldeb, mathau, lleoedd, gosodiadau)</numerusform>
            <numerusform>%n o newidiadau eraill (presenoldeb, mathau, lleoedd, gosodiadau)</numerusform>
            <numerusform>%n o newidiadau eraill (presenoldeb, mathau, lleoedd, gosodiadau)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people that both laptops changed: the later change is kept.</source>
        <translation>
            <numerusform>%n o bobl a newidiwyd ar y ddau liniadur: cedwir y newid diweddaraf.</numerusform>
            <numerusform>%n person a newidiwyd ar y ddau liniadur: cedwir y newid diweddaraf.</numerusform>
            <numerusform>%n o bobl a newidiwyd ar y ddau liniadur: cedwir y newid diweddaraf.</numerusform>
            <numerusform>%n o bobl a newidiwyd ar y ddau liniadur: cedwir y newid diweddaraf.</numerusform>
            <numerusform>%n o bobl a newidiwyd ar y ddau liniadur: cedwir y newid diweddaraf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities that both laptops changed: the later change is kept.</source>
        <translation>
            <numerusform>%n o weithgareddau a newidiwyd ar y ddau liniadur: cedwir y newid diweddaraf.</numerusform>
            <numerusform>%n gweithgaredd a newidiwyd ar y ddau liniadur: cedwir y newid diweddaraf.</numerusform>
            <numerusform>%n o weithgareddau a newidiwyd ar y ddau liniadur: cedwir y newid diweddaraf.</numerusform>
            <numerusform>%n o weithgareddau a newidiwyd ar y ddau liniadur: cedwir y newid diweddaraf.</numerusform>
            <numerusform>%n o weithgareddau a newidiwyd ar y ddau liniadur: cedwir y newid diweddaraf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records were edited after the other laptop deleted them: they stay deleted. Look at them afterwards.</source>
        <translation>
            <numerusform>%n o gofnodion a olygwyd ar ôl i&apos;r gliniadur arall eu dileu: maen nhw&apos;n aros wedi&apos;u dileu. Edrychwch arnyn nhw wedyn.</numerusform>
            <numerusform>%n cofnod a olygwyd ar ôl i&apos;r gliniadur arall ei ddileu: mae&apos;n aros wedi&apos;i ddileu. Edrychwch arno wedyn.</numerusform>
            <numerusform>%n o gofnodion a olygwyd ar ôl i&apos;r gliniadur arall eu dileu: maen nhw&apos;n aros wedi&apos;u dileu. Edrychwch arnyn nhw wedyn.</numerusform>
            <numerusform>%n o gofnodion a olygwyd ar ôl i&apos;r gliniadur arall eu dileu: maen nhw&apos;n aros wedi&apos;u dileu. Edrychwch arnyn nhw wedyn.</numerusform>
            <numerusform>%n o gofnodion a olygwyd ar ôl i&apos;r gliniadur arall eu dileu: maen nhw&apos;n aros wedi&apos;u dileu. Edrychwch arnyn nhw wedyn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergesDialog</name>
    <message>
        <source>Merges</source>
        <translation>Cyfuniadau</translation>
    </message>
    <message>
        <source>Every co-coordinator&apos;s file brought in, newest first, with what it brought.</source>
        <translation>Pob ffeil cyd-gydlynydd y daethpwyd â hi i mewn, y diweddaraf yn gyntaf, gyda&apos;r hyn a ddaeth gyda hi.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>New activities</source>
        <translation>Gweithgareddau newydd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Wedi newid</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Wedi dileu</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Pobl newydd</translation>
    </message>
    <message>
        <source>To look at</source>
        <translation>I edrych arnynt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>No co-coordinator&apos;s file has been brought in yet.</source>
        <translation>Does dim ffeil cyd-gydlynydd wedi dod i mewn eto.</translation>
    </message>
    <message>
        <source>To take this merge back, restore the copy kept just before it (File &gt; Restore from a file…); anything saved since is lost with it: %1</source>
        <translation>I ddadwneud y cyfuno hwn, adferwch y copi a gadwyd yn union cyn hynny (Ffeil &gt; Adfer o ffeil…); collir unrhyw beth a gadwyd ers hynny gydag ef: %1</translation>
    </message>
</context>
<context>
    <name>Merging</name>
    <message>
        <source>The file is damaged or incomplete (it may not have been copied to the end), so nothing was taken from it. Ask your co-coordinator for the file again.</source>
        <translation>Mae&apos;r ffeil wedi&apos;i difrodi neu&apos;n anghyflawn (efallai na chafodd ei chopïo i&apos;r diwedd), felly ni chymerwyd dim ohoni. Gofynnwch i&apos;ch cyd-gydlynydd am y ffeil eto.</translation>
    </message>
    <message>
        <source>That file is not a co-coordinator&apos;s file from this app. Choose the file your co-coordinator shared.</source>
        <translation>Nid ffeil cyd-gydlynydd o&apos;r ap hwn yw&apos;r ffeil honno. Dewiswch y ffeil a rannodd eich cyd-gydlynydd.</translation>
    </message>
    <message>
        <source>That file was made by a newer version of the app. Install the newer version to bring it in; nothing was changed.</source>
        <translation>Cafodd y ffeil honno ei gwneud gan fersiwn mwy newydd o&apos;r ap. Gosodwch y fersiwn mwy newydd i ddod â hi i mewn; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Type the group&apos;s passphrase.</source>
        <translation>Teipiwch gyfrinymadrodd y grŵp.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file. Type the passphrase your group chose for sharing; nothing was changed.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd yn agor y ffeil hon. Teipiwch y cyfrinymadrodd a ddewisodd eich grŵp ar gyfer rhannu; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>That file cannot be found.</source>
        <translation>Does dim modd dod o hyd i&apos;r ffeil honno.</translation>
    </message>
    <message>
        <source>That file was shared from this laptop: bring in your co-coordinator&apos;s file.</source>
        <translation>Cafodd y ffeil honno ei rhannu o&apos;r gliniadur hwn: dewch â ffeil eich cyd-gydlynydd i mewn.</translation>
    </message>
    <message>
        <source>That file holds another group&apos;s records. If both laptops keep the records of one group, bring it in again and choose to join them as one group.</source>
        <translation>Mae&apos;r ffeil honno&apos;n dal cofnodion grŵp arall. Os yw&apos;r ddau liniadur yn cadw cofnodion un grŵp, dewch â hi i mewn eto a dewiswch eu huno fel un grŵp.</translation>
    </message>
    <message>
        <source>The copy of the data kept just before this merge is no longer in the backups folder, so the merge cannot be taken back as one step. Nothing was changed.</source>
        <translation>Nid yw&apos;r copi o&apos;r data a gadwyd yn union cyn y cyfuno hwn yn y ffolder copïau wrth gefn mwyach, felly ni ellir dadwneud y cyfuno fel un cam. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Something was saved after the file was brought in, so the merge cannot be taken back as one step without losing it. Nothing was changed. To take it back all the same, restore the copy kept just before it (File &gt; Restore from a file…, see File &gt; Merges…): anything saved since is lost with it.</source>
        <translation>Cadwyd rhywbeth ar ôl dod â&apos;r ffeil i mewn, felly ni ellir dadwneud y cyfuno fel un cam heb ei golli. Ni newidiwyd dim. I&apos;w ddadwneud serch hynny, adferwch y copi a gadwyd yn union cyn hynny (Ffeil &gt; Adfer o ffeil…, gweler Ffeil &gt; Cyfuniadau…): collir unrhyw beth a gadwyd ers hynny gydag ef.</translation>
    </message>
</context>
<context>
    <name>MergingActions</name>
    <message>
        <source>&amp;Share with a co-coordinator…</source>
        <translation>&amp;Rhannu â chyd-gydlynydd…</translation>
    </message>
    <message>
        <source>Bri&amp;ng in a co-coordinator&apos;s file…</source>
        <translation>&amp;Dod â ffeil cyd-gydlynydd i mewn…</translation>
    </message>
    <message>
        <source>Mer&amp;ges…</source>
        <translation>C&amp;yfuniadau…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This must not start with = + - @ | % or a tab, because spreadsheets could run it as a formula. Remove the first character.</source>
        <translation>Ni ddylai hwn ddechrau gyda = + - @ | % neu dab, oherwydd gallai taenlen ei redeg fel fformiwla. Tynnwch y nod cyntaf.</translation>
    </message>
    <message>
        <source>The group name is too long: use at most %1 characters.</source>
        <translation>Mae enw&apos;r grŵp yn rhy hir: defnyddiwch %1 nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>Choose a Welsh local authority from the list.</source>
        <translation>Dewiswch awdurdod lleol yng Nghymru o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>The CVC reference is too long: use at most %1 characters.</source>
        <translation>Mae cyfeirnod y CGS yn rhy hir: defnyddiwch %1 nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>Choose Cymraeg or English.</source>
        <translation>Dewiswch Gymraeg neu English.</translation>
    </message>
    <message>
        <source>The data is busy in another program. Close it and try again.</source>
        <translation>Mae&apos;r data&apos;n brysur mewn rhaglen arall. Caewch hi a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to. Nothing was changed. Check that the disk is not full or read-only, or move the data with --data-dir.</source>
        <translation>Does dim modd ysgrifennu i&apos;r ffolder data. Ni newidiwyd dim. Gwiriwch nad yw&apos;r ddisg yn llawn nac yn ddarllen yn unig, neu symudwch y data gyda --data-dir.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Mae&apos;r ddisg yn llawn, felly ni chadwyd dim. Rhyddhewch le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The disk could not be read or written. Nothing was changed.</source>
        <translation>Doedd dim modd darllen nac ysgrifennu&apos;r ddisg. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The data file was moved, replaced or deleted while the app had it open. Nothing was saved: close the app and open it again.</source>
        <translation>Cafodd y ffeil ddata ei symud, ei disodli neu ei dileu tra oedd yr ap ar agor. Ni chadwyd dim: caewch yr ap a&apos;i agor eto.</translation>
    </message>
    <message>
        <source>The data file is damaged. Nothing was overwritten.</source>
        <translation>Mae&apos;r ffeil ddata wedi&apos;i difrodi. Ni throsysgrifwyd dim.</translation>
    </message>
    <message>
        <source>The data file cannot be opened. Check the data folder exists and is yours to write.</source>
        <translation>Does dim modd agor y ffeil ddata. Gwiriwch fod y ffolder data&apos;n bodoli a bod gennych hawl i ysgrifennu iddi.</translation>
    </message>
    <message>
        <source>The file in the data folder is not this app&apos;s data. It was left as it is.</source>
        <translation>Nid data&apos;r ap hwn yw&apos;r ffeil yn y ffolder data. Cafodd ei gadael fel y mae.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of the app. Install the newer version to open it; the data was left untouched.</source>
        <translation>Cafodd y data hwn ei gadw gan fersiwn mwy newydd o&apos;r ap. Gosodwch y fersiwn mwy newydd i&apos;w agor; ni chyffyrddwyd â&apos;r data.</translation>
    </message>
    <message>
        <source>Set your group&apos;s local authority first, in Settings.</source>
        <translation>Gosodwch awdurdod lleol eich grŵp yn gyntaf, yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>This period overlaps one already sent on a different grid.</source>
        <translation>Mae&apos;r cyfnod hwn yn gorgyffwrdd ag un a anfonwyd eisoes ar grid gwahanol.</translation>
    </message>
    <message>
        <source>Use a month like 2026-03, a quarter like 2026-Q1 or a financial year like FY2025.</source>
        <translation>Defnyddiwch fis fel 2026-03, chwarter fel 2026-Q1 neu flwyddyn ariannol fel FY2025.</translation>
    </message>
    <message>
        <source>The end of the range is before its start: check the dates.</source>
        <translation>Mae diwedd yr ystod cyn ei dechrau: gwiriwch y dyddiadau.</translation>
    </message>
    <message>
        <source>There is no such starter activity type.</source>
        <translation>Nid oes math o weithgaredd cychwynnol o&apos;r fath.</translation>
    </message>
    <message>
        <source>This version of the app has no schema for that summary version.</source>
        <translation>Nid oes gan y fersiwn hon o&apos;r ap sgema ar gyfer y fersiwn honno o&apos;r crynodeb.</translation>
    </message>
    <message>
        <source>The file was not imported: fix the problems listed, then try again.</source>
        <translation>Ni chafodd y ffeil ei mewnforio: cywirwch y problemau a restrir, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The date is before 1900: check the year.</source>
        <translation>Mae&apos;r dyddiad cyn 1900: gwiriwch y flwyddyn.</translation>
    </message>
    <message>
        <source>The title is too long: use at most %1 characters.</source>
        <translation>Mae&apos;r teitl yn rhy hir: defnyddiwch %1 nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>That is not a type of place: choose one from the list.</source>
        <translation>Nid yw hwnnw&apos;n fath o leoliad: dewiswch un o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>There is no place called “%1”.</source>
        <translation>Does dim lleoliad o&apos;r enw “%1”.</translation>
    </message>
    <message>
        <source>A place needs a name.</source>
        <translation>Mae angen enw ar leoliad.</translation>
    </message>
    <message>
        <source>The place is too long: use at most %1 characters.</source>
        <translation>Mae&apos;r lle yn rhy hir: defnyddiwch %1 nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>“%1” is already a place: merge the two instead.</source>
        <translation>Mae “%1” eisoes yn lleoliad: cyfunwch y ddau yn lle hynny.</translation>
    </message>
    <message>
        <source>Choose two different places to merge.</source>
        <translation>Dewiswch ddau leoliad gwahanol i&apos;w cyfuno.</translation>
    </message>
    <message>
        <source>The number of cards is too large.</source>
        <translation>Mae nifer y cardiau&apos;n rhy fawr.</translation>
    </message>
    <message>
        <source>Counts are never negative.</source>
        <translation>Nid yw cyfrif byth yn negatif.</translation>
    </message>
    <message>
        <source>That statement is not on the card.</source>
        <translation>Nid yw&apos;r datganiad hwnnw ar y cerdyn.</translation>
    </message>
    <message>
        <source>That activity is no longer on file, so nothing was recorded.</source>
        <translation>Nid yw&apos;r gweithgaredd hwnnw ar gofnod mwyach, felly ni chofnodwyd dim.</translation>
    </message>
    <message>
        <source>More answers to “%1” than cards handed in: no card has two answers to one statement. Check the counts.</source>
        <translation>Mwy o atebion i “%1” nag o gardiau a gasglwyd: nid oes gan unrhyw gerdyn ddau ateb i un datganiad. Gwiriwch y cyfrifon.</translation>
    </message>
    <message>
        <source>“Agreed with all three” cannot be more than the agree count of any of the first three statements.</source>
        <translation>Ni all “Cytuno â&apos;r tri” fod yn fwy na chyfrif cytuno unrhyw un o&apos;r tri datganiad cyntaf.</translation>
    </message>
    <message>
        <source>A name is too long: use at most %1 characters.</source>
        <translation>Mae enw yn rhy hir: defnyddiwch %1 nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>Choose the type of activity.</source>
        <translation>Dewiswch y math o weithgaredd.</translation>
    </message>
    <message>
        <source>The date is more than a year ahead: check the year.</source>
        <translation>Mae&apos;r dyddiad fwy na blwyddyn i ffwrdd: gwiriwch y flwyddyn.</translation>
    </message>
    <message>
        <source>The end time is not after the start time.</source>
        <translation>Nid yw&apos;r amser gorffen ar ôl yr amser dechrau.</translation>
    </message>
    <message>
        <source>Give a start time too, or just a duration.</source>
        <translation>Rhowch amser dechrau hefyd, neu hyd yn unig.</translation>
    </message>
    <message>
        <source>An activity lasts at most 24 hours in one day.</source>
        <translation>Mae gweithgaredd yn para 24 awr ar y mwyaf mewn un diwrnod.</translation>
    </message>
    <message>
        <source>A headcount is a whole number from 0 upwards.</source>
        <translation>Mae cyfrif pennau&apos;n rhif cyfan o 0 i fyny.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>Mae %1 wedi&apos;i restru ddwywaith.</translation>
    </message>
    <message>
        <source>Choose volunteer, organiser or participant.</source>
        <translation>Dewiswch wirfoddolwr, trefnydd neu gyfranogwr.</translation>
    </message>
    <message>
        <source>%1 has more than 24 hours in one day: check their hours.</source>
        <translation>Mae gan %1 fwy na 24 awr mewn un diwrnod: gwiriwch eu horiau.</translation>
    </message>
    <message>
        <source>The unnamed volunteers&apos; hours in total are a number from 0 upwards.</source>
        <translation>Mae oriau&apos;r gwirfoddolwyr dienw i gyd yn rhif o 0 i fyny.</translation>
    </message>
    <message>
        <source>The unnamed volunteers&apos; hours in total are more than 24 hours each in one day: check their hours and how many there were.</source>
        <translation>Mae oriau&apos;r gwirfoddolwyr dienw i gyd yn fwy na 24 awr yr un mewn diwrnod: gwiriwch eu horiau a faint oedd yno.</translation>
    </message>
    <message>
        <source>There are hours for unnamed volunteers but no unnamed volunteers: give how many there were, or set their hours to 0.</source>
        <translation>Mae oriau ar gyfer gwirfoddolwyr dienw ond dim gwirfoddolwyr dienw: rhowch faint oedd yno, neu gosodwch eu horiau i 0.</translation>
    </message>
    <message>
        <source>Add at least one person or a headcount.</source>
        <translation>Ychwanegwch o leiaf un person neu gyfrif pennau.</translation>
    </message>
    <message>
        <source>That activity no longer exists.</source>
        <translation>Dydy&apos;r gweithgaredd hwnnw ddim yn bodoli mwyach.</translation>
    </message>
    <message>
        <source>Give the activity type a name.</source>
        <translation>Rhowch enw i&apos;r math o weithgaredd.</translation>
    </message>
    <message>
        <source>The name is too long: use at most %1 characters.</source>
        <translation>Mae&apos;r enw&apos;n rhy hir: defnyddiwch %1 nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>Choose what kind of activity this is.</source>
        <translation>Dewiswch pa fath o weithgaredd yw hwn.</translation>
    </message>
    <message>
        <source>That activity type no longer exists.</source>
        <translation>Nid yw&apos;r math hwnnw o weithgaredd yn bodoli mwyach.</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Mae angen enw.</translation>
    </message>
    <message>
        <source>There is no data to back up yet.</source>
        <translation>Does dim data i&apos;w gadw wrth gefn eto.</translation>
    </message>
    <message>
        <source>That file cannot be found.</source>
        <translation>Does dim modd dod o hyd i&apos;r ffeil honno.</translation>
    </message>
    <message>
        <source>That file is not a backup of this app&apos;s data.</source>
        <translation>Nid copi wrth gefn o ddata&apos;r ap hwn yw&apos;r ffeil honno.</translation>
    </message>
    <message>
        <source>That backup was made by a newer version of the app: update the app first.</source>
        <translation>Cafodd y copi hwnnw ei wneud gan fersiwn mwy newydd o&apos;r ap: diweddarwch yr ap yn gyntaf.</translation>
    </message>
    <message>
        <source>That backup file is damaged. Try an older one; nothing was changed.</source>
        <translation>Mae&apos;r ffeil wrth gefn honno wedi&apos;i difrodi. Rhowch gynnig ar un hŷn; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>That is the data file itself.</source>
        <translation>Dyna&apos;r ffeil ddata ei hun.</translation>
    </message>
    <message>
        <source>An output&apos;s count is a whole number from 0 to 10,000,000.</source>
        <translation>Rhif cyfan o 0 i 10,000,000 yw cyfrif allbwn.</translation>
    </message>
    <message>
        <source>There is already an output with that name: choose another name.</source>
        <translation>Mae allbwn gyda&apos;r enw hwnnw eisoes: dewiswch enw arall.</translation>
    </message>
    <message>
        <source>The output&apos;s name is too long: shorten it.</source>
        <translation>Mae enw&apos;r allbwn yn rhy hir: byrhewch ef.</translation>
    </message>
    <message>
        <source>That output no longer exists. Close this and open it again.</source>
        <translation>Nid yw&apos;r allbwn hwnnw&apos;n bodoli mwyach. Caewch hwn a&apos;i agor eto.</translation>
    </message>
    <message>
        <source>The project ends before it starts: check the two dates.</source>
        <translation>Mae&apos;r prosiect yn gorffen cyn iddo ddechrau: gwiriwch y ddau ddyddiad.</translation>
    </message>
    <message>
        <source>There is already a project with that name: choose another name.</source>
        <translation>Mae prosiect gyda&apos;r enw hwnnw eisoes: dewiswch enw arall.</translation>
    </message>
    <message>
        <source>That project no longer exists: choose one from the list.</source>
        <translation>Nid yw&apos;r prosiect hwnnw&apos;n bodoli mwyach: dewiswch un o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>Give a file name ending in .csv.</source>
        <translation>Rhowch enw ffeil sy&apos;n gorffen gyda .csv.</translation>
    </message>
    <message>
        <source>Show between 1 and 5 years.</source>
        <translation>Dangoswch rhwng 1 a 5 mlynedd.</translation>
    </message>
    <message>
        <source>Choose a kind of year: financial, calendar, or a grant year.</source>
        <translation>Dewiswch fath o flwyddyn: ariannol, calendr, neu flwyddyn grant.</translation>
    </message>
    <message>
        <source>The backup could not be put in place. Your data was not changed; check that the disk has space.</source>
        <translation>Doedd dim modd rhoi&apos;r copi wrth gefn yn ei le. Ni newidiwyd eich data; gwiriwch fod lle ar y ddisg.</translation>
    </message>
    <message>
        <source>Choose how often it happens.</source>
        <translation>Dewiswch pa mor aml mae&apos;n digwydd.</translation>
    </message>
    <message>
        <source>That regular activity no longer exists. Close this and look again.</source>
        <translation>Nid yw&apos;r gweithgaredd rheolaidd hwnnw&apos;n bodoli mwyach. Caewch hwn ac edrych eto.</translation>
    </message>
    <message>
        <source>The last session is before the first: check the dates.</source>
        <translation>Mae&apos;r sesiwn olaf cyn y gyntaf: gwiriwch y dyddiadau.</translation>
    </message>
    <message>
        <source>The number of sessions must be from 1 to %1.</source>
        <translation>Rhaid i nifer y sesiynau fod rhwng 1 a %1.</translation>
    </message>
    <message>
        <source>The contact is too long: use at most %1 characters.</source>
        <translation>Mae&apos;r cyswllt yn rhy hir: defnyddiwch %1 nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>The notes are too long: use at most %1 characters.</source>
        <translation>Mae&apos;r nodiadau&apos;n rhy hir: defnyddiwch %1 nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>Choose an age band.</source>
        <translation>Dewiswch fand oedran.</translation>
    </message>
    <message>
        <source>Choose whether they speak Welsh.</source>
        <translation>Dewiswch a ydyn nhw&apos;n siarad Cymraeg.</translation>
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation>Dewiswch ddau berson gwahanol.</translation>
    </message>
    <message>
        <source>That person is no longer on file.</source>
        <translation>Dydy&apos;r person hwnnw ddim ar gofnod mwyach.</translation>
    </message>
    <message>
        <source>That file is the app&apos;s own data or one of its backups: saving there would destroy it. Nothing was saved; choose another name or folder.</source>
        <translation>Data&apos;r ap ei hun neu un o&apos;i gopïau wrth gefn yw&apos;r ffeil honno: byddai cadw yno yn ei dinistrio. Ni chadwyd dim; dewiswch enw neu ffolder arall.</translation>
    </message>
    <message>
        <source>That file is not laid out as this app&apos;s data (it may have been changed by another program), so it was not used and nothing was changed. What differs: %1</source>
        <translation>Nid yw&apos;r ffeil honno wedi&apos;i threfnu fel data&apos;r ap hwn (efallai i raglen arall ei newid), felly ni chafodd ei defnyddio ac ni newidiwyd dim. Beth sy&apos;n wahanol: %1</translation>
    </message>
    <message>
        <source>The data file is not laid out as this app&apos;s data (it may have been changed by another program), so it was left as it is. What differs: %1</source>
        <translation>Nid yw&apos;r ffeil ddata wedi&apos;i threfnu fel data&apos;r ap hwn (efallai i raglen arall ei newid), felly cafodd ei gadael fel y mae. Beth sy&apos;n wahanol: %1</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Log</source>
        <translation>Cofnodi</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Gweithgareddau</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>CVC</source>
        <translation>CGS</translation>
    </message>
</context>
<context>
    <name>NewSeriesDialog</name>
    <message>
        <source>New regular activity</source>
        <translation>Gweithgaredd rheolaidd newydd</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Bob wythnos</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Bob pythefnos</translation>
    </message>
    <message>
        <source>Every month, same date</source>
        <translation>Bob mis, yr un dyddiad</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tan</translation>
    </message>
    <message>
        <source>Last session date</source>
        <translation>Dyddiad y sesiwn olaf</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Amser dechrau</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Amser gorffen</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Dim terfyn</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Mat&amp;h:</translation>
    </message>
    <message>
        <source>T&amp;itle (optional):</source>
        <translation>&amp;Teitl (dewisol):</translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation>Pa mor a&amp;ml:</translation>
    </message>
    <message>
        <source>&amp;First session:</source>
        <translation>Y sesiwn &amp;gyntaf:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>Yn d&amp;od i ben:</translation>
    </message>
    <message>
        <source>&amp;Number of sessions:</source>
        <translation>&amp;Nifer y sesiynau:</translation>
    </message>
    <message>
        <source>Ti&amp;mes:</source>
        <translation>Am&amp;seroedd:</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>&amp;Lleoliad:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Creu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>NewTypeDialog</name>
    <message>
        <source>New activity type</source>
        <translation>Math newydd o weithgaredd</translation>
    </message>
    <message>
        <source>Use your group&apos;s own name. The kind lets your CVC add your figures to other groups&apos;.</source>
        <translation>Defnyddiwch enw eich grŵp ei hun. Mae&apos;r ffurf yn gadael i&apos;ch CGS ychwanegu eich ffigurau at rai grwpiau eraill.</translation>
    </message>
    <message>
        <source>For example: Saturday litter pick</source>
        <translation>Er enghraifft: Casglu sbwriel dydd Sadwrn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ff&amp;urf:</translation>
    </message>
    <message>
        <source>&amp;Add type</source>
        <translation>&amp;Ychwanegu&apos;r math</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>The file or folder could not be used: %1. Nothing was changed: check the disk, or choose another folder.</source>
        <translation>Ni ellid defnyddio&apos;r ffeil na&apos;r ffolder: %1. Ni newidiwyd dim: gwiriwch y ddisg, neu dewiswch ffolder arall.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Sent to the CVC (outbox)</source>
        <translation>Wedi&apos;u hanfon at y CGS (blwch anfon)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Cadwyd</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Ôl bys (SHA-256)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Summary files saved so far</source>
        <translation>Ffeiliau crynodeb a gadwyd hyd yma</translation>
    </message>
</context>
<context>
    <name>OutputFields</name>
    <message>
        <source>What it produced</source>
        <translation>Yr hyn a gynhyrchodd</translation>
    </message>
</context>
<context>
    <name>PeopleEntry</name>
    <message>
        <source>Add a &amp;person (type a name, then Enter):</source>
        <translation>Ychwanegu &amp;person (teipiwch enw, yna Enter):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation>Enw&apos;r person</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>People at this activity</source>
        <translation>Pobl yn y gweithgaredd hwn</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove the selected people (Delete)</source>
        <translation>Tynnu&apos;r bobl a ddewiswyd (Delete)</translation>
    </message>
    <message>
        <source>Same hours for all</source>
        <translation>Yr un oriau i bawb</translation>
    </message>
    <message>
        <source>Unnamed &amp;volunteers:</source>
        <translation>Gwirfoddolwyr d&amp;ienw:</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants (headcount):</source>
        <translation>Cyf&amp;ranogwyr (cyfrif pennau):</translation>
    </message>
    <message>
        <source>Their &amp;hours in total:</source>
        <translation>Eu horiau i &amp;gyd:</translation>
    </message>
    <message>
        <source>Unnamed volunteers&apos; hours in total</source>
        <translation>Oriau&apos;r gwirfoddolwyr dienw i gyd</translation>
    </message>
    <message>
        <source>Known only as one total (from an import): it stays as it is when you change how many came or how long the activity lasted.</source>
        <translation>Dim ond fel un cyfanswm y mae&apos;n hysbys (o fewnforio): mae&apos;n aros fel y mae pan fyddwch yn newid faint ddaeth neu am ba mor hir y parhaodd y gweithgaredd.</translation>
    </message>
    <message>
        <source>Unnamed volunteers</source>
        <translation>Gwirfoddolwyr dienw</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Cyfranogwyr</translation>
    </message>
    <message>
        <source>New: added to your people when you save</source>
        <translation>Newydd: caiff ei ychwanegu at eich pobl pan fyddwch yn cadw</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rôl %1</translation>
    </message>
    <message>
        <source>Hours of %1</source>
        <translation>Oriau %1</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Merge two records</source>
        <translation>Cyfuno dau gofnod</translation>
    </message>
    <message>
        <source>Are “%1” and “%2” the same person? Their activities will be joined under one name. Ctrl+Z undoes this.</source>
        <translation>Ai&apos;r un person yw “%1” a “%2”? Caiff eu gweithgareddau eu huno dan un enw. Mae Ctrl+Z yn dadwneud hyn.</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <translation>Cadw “%1”</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Ch&amp;wilio:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Show ar&amp;chived</source>
        <translation>Dangos y rhai a arch&amp;ifwyd</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Y tro cyntaf</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Y tro olaf</translation>
    </message>
    <message>
        <source>Sessions in period</source>
        <translation>Sesiynau yn y cyfnod</translation>
    </message>
    <message>
        <source>Hours in period</source>
        <translation>Oriau yn y cyfnod</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Wedi&apos;i archifo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Agor…</translation>
    </message>
    <message>
        <source>&amp;Merge two…</source>
        <translation>Cyf&amp;uno dau…</translation>
    </message>
    <message>
        <source>Archive or bring &amp;back</source>
        <translation>Archifo neu adf&amp;er</translation>
    </message>
    <message>
        <source>E&amp;xport their data…</source>
        <translation>Allf&amp;orio eu data…</translation>
    </message>
    <message>
        <source>Everything held about the person, for them to see</source>
        <translation>Popeth a gedwir am y person, iddyn nhw ei weld</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Dileu…</translation>
    </message>
    <message>
        <source>Remove the person&apos;s details for good; their hours stay in the totals</source>
        <translation>Dileu manylion y person am byth; mae eu horiau&apos;n aros yn y cyfansymiau</translation>
    </message>
    <message>
        <source>Review and erase…</source>
        <translation>Adolygu a dileu…</translation>
    </message>
    <message>
        <source>People not seen for more than %1 months: %2. Your group keeps names only as long as it needs them; erasing keeps their hours in the totals.</source>
        <translation>Pobl heb eu gweld ers mwy na %1 mis: %2. Mae eich grŵp yn cadw enwau dim ond cyhyd ag y mae eu hangen; mae dileu yn cadw eu horiau yn y cyfansymiau.</translation>
    </message>
    <message>
        <source>People shown: %1</source>
        <translation>Pobl a ddangosir: %1</translation>
    </message>
    <message>
        <source>No one is named yet. Names are added as you log: type them on the Log page (Ctrl+1). Headcounts alone need no names at all.</source>
        <translation>Does neb wedi&apos;i enwi eto. Mae enwau&apos;n cael eu hychwanegu wrth i chi gofnodi: teipiwch nhw ar y dudalen Cofnodi (Ctrl+1). Does dim angen enwau o gwbl i gyfrif pennau yn unig.</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>golygu %1</translation>
    </message>
    <message>
        <source>Select exactly two people to merge.</source>
        <translation>Dewiswch union ddau berson i&apos;w cyfuno.</translation>
    </message>
    <message>
        <source>merge %1</source>
        <translation>cyfuno %1</translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”.</source>
        <translation>Wedi cyfuno “%1” i mewn i “%2”.</translation>
    </message>
    <message>
        <source>archive %1</source>
        <translation>archifo %1</translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Allforio data&apos;r person hwn</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Wedi cadw %1.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Dileu am byth</translation>
    </message>
    <message>
        <source>Erase %1? Their names and details, and those of any record merged into them, are removed for good from the data and from every backup in the app&apos;s backups folder: this cannot be undone. The sessions and hours they gave stay in your totals, counted under no one. Summaries already sent stay as they were. A backup you saved elsewhere (on a USB stick, say) keeps the details until you delete it.</source>
        <translation>Dileu %1? Caiff eu henwau a&apos;u manylion, a rhai unrhyw gofnod a gyfunwyd iddynt, eu tynnu am byth o&apos;r data ac o bob copi wrth gefn yn ffolder copïau wrth gefn yr ap: does dim modd dadwneud hyn. Mae&apos;r sesiynau a&apos;r oriau a roesant yn aros yn eich cyfansymiau, wedi&apos;u cyfrif dan enw neb. Mae crynodebau a anfonwyd eisoes yn aros fel yr oeddent. Mae copi wrth gefn a gadwoch yn rhywle arall (ar gof bach USB, er enghraifft) yn cadw&apos;r manylion nes i chi ei ddileu.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Heb ei ddileu</translation>
    </message>
    <message>
        <source>Erased: %1.</source>
        <translation>Wedi dileu: %1.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>&amp;Period:</source>
        <translation>C&amp;yfnod:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Chwarter</translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation>Blwyddyn ariannol</translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translation>Dyddiadau o&apos;m dewis</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Math o gyfnod</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Diwrnod cyntaf</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Diwrnod olaf</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>%1 to %2 %3 (quarter %4)</source>
        <translation>%1–%2 %3 (chwarter %4)</translation>
    </message>
    <message>
        <source>April %1 to March %2 (financial year)</source>
        <translation>Ebrill %1 i Fawrth %2 (blwyddyn ariannol)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Only a name is needed. Record only what the person agreed to.</source>
        <translation>Dim ond enw sydd ei angen. Cofnodwch ddim ond yr hyn y cytunodd y person iddo.</translation>
    </message>
    <message>
        <source>Happy to be contacted</source>
        <translation>Yn fodlon i ni gysylltu</translation>
    </message>
    <message>
        <source>Happy to appear in photos</source>
        <translation>Yn fodlon ymddangos mewn lluniau</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Contact (phone or email):</source>
        <translation>&amp;Cyswllt (ffôn neu e-bost):</translation>
    </message>
    <message>
        <source>&amp;Age band:</source>
        <translation>&amp;Band oedran:</translation>
    </message>
    <message>
        <source>&amp;Welsh speaker:</source>
        <translation>Siaradwr Cy&amp;mraeg:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Ca&amp;dw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>Community hall</source>
        <translation>Neuadd gymunedol</translation>
    </message>
    <message>
        <source>Faith building</source>
        <translation>Adeilad ffydd</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Llyfrgell</translation>
    </message>
    <message>
        <source>School or college</source>
        <translation>Ysgol neu goleg</translation>
    </message>
    <message>
        <source>Sports or leisure centre</source>
        <translation>Canolfan chwaraeon neu hamdden</translation>
    </message>
    <message>
        <source>Pub, café or shop</source>
        <translation>Tafarn, caffi neu siop</translation>
    </message>
    <message>
        <source>Health or care setting</source>
        <translation>Lleoliad iechyd neu ofal</translation>
    </message>
    <message>
        <source>Outdoors</source>
        <translation>Yn yr awyr agored</translation>
    </message>
    <message>
        <source>Someone&apos;s home</source>
        <translation>Cartref rhywun</translation>
    </message>
    <message>
        <source>Online or by phone</source>
        <translation>Ar-lein neu dros y ffôn</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
</context>
<context>
    <name>PlacesDialog</name>
    <message>
        <source>Places</source>
        <translation>Lleoliadau</translation>
    </message>
    <message>
        <source>The places where your activities happen. Give each one its type once: the summary for the CVC counts activities by type of place, never by name.</source>
        <translation>Y lleoliadau lle mae eich gweithgareddau&apos;n digwydd. Rhowch ei fath i bob un unwaith: mae&apos;r crynodeb i&apos;r CGS yn cyfrif gweithgareddau yn ôl math o leoliad, byth yn ôl enw.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>Math o leoliad</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Gweithgareddau</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Ailenwi…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Cyfuno â…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Type of %1</source>
        <translation>Math %1</translation>
    </message>
    <message>
        <source>“%1” is now: %2.</source>
        <translation>Mae “%1” bellach: %2.</translation>
    </message>
    <message>
        <source>Set the type of “%1”</source>
        <translation>Gosod math “%1”</translation>
    </message>
    <message>
        <source>Rename place</source>
        <translation>Ailenwi lleoliad</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Enw newydd ar gyfer “%1”:</translation>
    </message>
    <message>
        <source>Rename place “%1”</source>
        <translation>Ailenwi lleoliad “%1”</translation>
    </message>
    <message>
        <source>Merge places</source>
        <translation>Cyfuno lleoliadau</translation>
    </message>
    <message>
        <source>“%1” is the same place as:</source>
        <translation>Mae “%1” yr un lleoliad â:</translation>
    </message>
    <message>
        <source>Merge place “%1” into “%2”</source>
        <translation>Cyfuno lleoliad “%1” â “%2”</translation>
    </message>
    <message numerus="yes">
        <source>%n activities updated.</source>
        <translation>
            <numerusform>%n o weithgareddau wedi&apos;u diweddaru.</numerusform>
            <numerusform>%n gweithgaredd wedi&apos;i ddiweddaru.</numerusform>
            <numerusform>%n weithgaredd wedi&apos;u diweddaru.</numerusform>
            <numerusform>%n o weithgareddau wedi&apos;u diweddaru.</numerusform>
            <numerusform>%n o weithgareddau wedi&apos;u diweddaru.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectFilter</name>
    <message>
        <source>All activities, whichever project they belong to.</source>
        <translation>Pob gweithgaredd, pa bynnag brosiect y maent yn perthyn iddo.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>o %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Project: %1, funded by %2, %3: its activities only.</source>
        <translation>Prosiect: %1, wedi&apos;i ariannu gan %2, %3: ei weithgareddau ef yn unig.</translation>
    </message>
    <message>
        <source>Project: %1, %2: its activities only.</source>
        <translation>Prosiect: %1, %2: ei weithgareddau ef yn unig.</translation>
    </message>
    <message>
        <source>Outputs: %1.</source>
        <translation>Allbynnau: %1.</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;siect:</translation>
    </message>
    <message>
        <source>Project shown</source>
        <translation>Y prosiect a ddangosir</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Pob gweithgaredd</translation>
    </message>
</context>
<context>
    <name>Pulse</name>
    <message>
        <source>Belong to the area</source>
        <translation>Perthyn i&apos;r ardal</translation>
    </message>
    <message>
        <source>People get on well</source>
        <translation>Pobl yn cyd-dynnu&apos;n dda</translation>
    </message>
    <message>
        <source>Treat each other with respect</source>
        <translation>Trin ei gilydd â pharch</translation>
    </message>
    <message>
        <source>Sense of community (all three)</source>
        <translation>Ymdeimlad o gymuned (y tri)</translation>
    </message>
    <message>
        <source>Trust people here</source>
        <translation>Ymddiried yn y bobl yma</translation>
    </message>
    <message>
        <source>Trust council and services</source>
        <translation>Ymddiried yn y cyngor a&apos;r gwasanaethau</translation>
    </message>
    <message>
        <source>Met someone new</source>
        <translation>Cyfarfod rhywun newydd</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Cytuno</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Ddim yn siŵr</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Anghytuno</translation>
    </message>
</context>
<context>
    <name>PulseDialog</name>
    <message>
        <source>Event pulse</source>
        <translation>Curiad y digwyddiad</translation>
    </message>
    <message>
        <source>Count the cards handed in, then for each statement how many ticked each answer. Only these totals are kept, never anyone&apos;s card.</source>
        <translation>Cyfrwch y cardiau a gasglwyd, yna ar gyfer pob datganiad faint a diciodd bob ateb. Dim ond y cyfansymiau hyn a gedwir, byth gerdyn neb.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>PulseGrid</name>
    <message>
        <source>Pulse &amp;cards handed in:</source>
        <translation>&amp;Cardiau curiad a gasglwyd:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Agreed with &amp;all three of the first three:</source>
        <translation>Wedi cytuno â&apos;r &amp;tri cyntaf i gyd:</translation>
    </message>
</context>
<context>
    <name>PulseModeButton</name>
    <message>
        <source>Pulse cards on screen…</source>
        <translation>Cardiau curiad ar y sgrin…</translation>
    </message>
    <message>
        <source>Sign someone in first: the pulse belongs to the activity.</source>
        <translation>Cofrestrwch rywun yn gyntaf: mae&apos;r curiad yn perthyn i&apos;r gweithgaredd.</translation>
    </message>
</context>
<context>
    <name>PulsePdf</name>
    <message>
        <source>Pulse tally sheet</source>
        <translation>Taflen gyfrif curiad</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Gweithgaredd:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dyddiad:</translation>
    </message>
    <message>
        <source>Take one card at a time and make a mark in the box of each answer it ticked. Then type the totals into the activity&apos;s pulse grid. Throw the cards away once counted.</source>
        <translation>Cymerwch un cerdyn ar y tro a gwnewch farc ym mlwch pob ateb a diciwyd arno. Yna teipiwch y cyfansymiau i grid curiad y gweithgaredd. Taflwch y cardiau ar ôl eu cyfrif.</translation>
    </message>
    <message>
        <source>Cards handed in</source>
        <translation>Cardiau a gasglwyd</translation>
    </message>
</context>
<context>
    <name>PulseSection</name>
    <message>
        <source>Event &amp;pulse (anonymous cards)</source>
        <translation>&amp;Curiad y digwyddiad (cardiau dienw)</translation>
    </message>
    <message>
        <source>Count the cards handed in, then for each statement how many ticked each answer. Only these totals are kept, never anyone&apos;s card.</source>
        <translation>Cyfrwch y cardiau a gasglwyd, yna ar gyfer pob datganiad faint a diciodd bob ateb. Dim ond y cyfansymiau hyn a gedwir, byth gerdyn neb.</translation>
    </message>
</context>
<context>
    <name>RecordsExport</name>
    <message>
        <source>Export all records</source>
        <translation>Allforio pob cofnod</translation>
    </message>
    <message>
        <source>This saves every activity, attendance and person, with names and contact details: it is personal data. Keep the file safe, share it only within the group, and never send it to the CVC (send the anonymised summary instead).</source>
        <translation>Mae hyn yn cadw pob gweithgaredd, presenoldeb a pherson, gydag enwau a manylion cyswllt: data personol yw hyn. Cadwch y ffeil yn ddiogel, rhannwch hi o fewn y grŵp yn unig, a pheidiwch byth â&apos;i hanfon at y CGS (anfonwch y crynodeb dienw yn lle hynny).</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Dewis ble i gadw…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV files, one per sheet (*.csv)</source>
        <translation>Llyfr gwaith Excel (*.xlsx);;Ffeiliau CSV, un i bob dalen (*.csv)</translation>
    </message>
    <message>
        <source>Saving all records…</source>
        <translation>Yn cadw pob cofnod…</translation>
    </message>
    <message>
        <source>Saved %1, %2 and %3 in:
%4</source>
        <translation>Wedi cadw %1, %2 a %3 yn:
%4</translation>
    </message>
    <message>
        <source>All records saved.</source>
        <translation>Pob cofnod wedi&apos;i gadw.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Your group&apos;s figures for a period, exact and for your own use: they stay on this laptop. People are counted once however often they came; sessions count each time.</source>
        <translation>Ffigurau eich grŵp ar gyfer cyfnod, yn union ac at eich defnydd eich hun: maen nhw&apos;n aros ar y gliniadur hwn. Caiff pobl eu cyfrif unwaith pa mor aml bynnag y daethant; mae sesiynau&apos;n cyfrif bob tro.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Gweithgareddau</translation>
    </message>
    <message>
        <source>Group activities and individual help logged</source>
        <translation>Gweithgareddau grŵp a help unigol a gofnodwyd</translation>
    </message>
    <message>
        <source>Volunteers (people)</source>
        <translation>Gwirfoddolwyr (pobl)</translation>
    </message>
    <message>
        <source>Named people who volunteered, each counted once</source>
        <translation>Pobl wedi&apos;u henwi a wirfoddolodd, pob un wedi&apos;i gyfrif unwaith</translation>
    </message>
    <message>
        <source>New volunteers</source>
        <translation>Gwirfoddolwyr newydd</translation>
    </message>
    <message>
        <source>Named volunteers whose first time was in this period</source>
        <translation>Gwirfoddolwyr wedi&apos;u henwi y bu eu tro cyntaf yn y cyfnod hwn</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Oriau gwirfoddoli</translation>
    </message>
    <message>
        <source>Named volunteers&apos; hours plus unnamed helpers&apos; for the whole activity</source>
        <translation>Oriau gwirfoddolwyr wedi&apos;u henwi ynghyd ag oriau helpwyr dienw am y gweithgaredd cyfan</translation>
    </message>
    <message>
        <source>Participants (attendances)</source>
        <translation>Cyfranogwyr (presenoldeb)</translation>
    </message>
    <message>
        <source>Each participant counted at every activity they came to</source>
        <translation>Pob cyfranogwr wedi&apos;i gyfrif ym mhob gweithgaredd y daeth iddo</translation>
    </message>
    <message>
        <source>Unnamed helpers (headcount)</source>
        <translation>Helpwyr dienw (cyfrif pennau)</translation>
    </message>
    <message>
        <source>Volunteers counted without names, summed over the activities</source>
        <translation>Gwirfoddolwyr a gyfrifwyd heb enwau, wedi&apos;u hadio dros y gweithgareddau</translation>
    </message>
    <message>
        <source>Save an A4 &amp;summary (PDF)…</source>
        <translation>Cadw &amp;crynodeb A4 (PDF)…</translation>
    </message>
    <message>
        <source>One page for the AGM or a funder: these figures and both charts.</source>
        <translation>Un dudalen ar gyfer y CCB neu gyllidwr: y ffigurau hyn a&apos;r ddau siart.</translation>
    </message>
    <message>
        <source>Print a sign-&amp;in sheet…</source>
        <translation>Argraffu taflen gof&amp;restru…</translation>
    </message>
    <message>
        <source>A paper sheet for the door, with your regulars&apos; names and blank rows.</source>
        <translation>Taflen bapur i&apos;r drws, gydag enwau eich rhai rheolaidd a rhesi gwag.</translation>
    </message>
    <message>
        <source>None of this project&apos;s activities fall in this period. Choose another period, or All activities, above.</source>
        <translation>Nid yw&apos;r un o weithgareddau&apos;r prosiect hwn yn y cyfnod hwn. Dewiswch gyfnod arall, neu Pob gweithgaredd, uchod.</translation>
    </message>
    <message>
        <source>Nothing logged in this period yet. Log an activity on the Log page (Ctrl+1), or choose another period above.</source>
        <translation>Dim wedi&apos;i gofnodi yn y cyfnod hwn eto. Cofnodwch weithgaredd ar y dudalen Cofnodi (Ctrl+1), neu dewiswch gyfnod arall uchod.</translation>
    </message>
</context>
<context>
    <name>SeriesListDialog</name>
    <message>
        <source>Regular activities</source>
        <translation>Gweithgareddau rheolaidd</translation>
    </message>
    <message>
        <source>Your regular activities. When one stops, end it on its last day: its sessions after that no longer wait on the Log page, and those already logged stay.</source>
        <translation>Eich gweithgareddau rheolaidd. Pan fydd un yn dod i ben, gorffennwch ef ar ei ddiwrnod olaf: ni fydd ei sesiynau ar ôl hynny&apos;n aros ar y dudalen Cofnodi mwyach, a bydd y rhai a gofnodwyd eisoes yn aros.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Gweithgaredd</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Pa mor aml</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tan</translation>
    </message>
    <message>
        <source>&amp;Last session:</source>
        <translation>Sesiwn &amp;olaf:</translation>
    </message>
    <message>
        <source>&amp;End it on that day</source>
        <translation>&amp;Gorffen ar y diwrnod hwnnw</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>dim diwedd</translation>
    </message>
    <message>
        <source>end %1</source>
        <translation>gorffen %1</translation>
    </message>
    <message>
        <source>“%1” now ends on %2 (Ctrl+Z takes it back).</source>
        <translation>Mae “%1” bellach yn gorffen ar %2 (mae Ctrl+Z yn ei dadwneud).</translation>
    </message>
</context>
<context>
    <name>SeriesPanel</name>
    <message>
        <source>Regular sessions to confirm</source>
        <translation>Sesiynau rheolaidd i&apos;w cadarnhau</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Cadarnhau</translation>
    </message>
    <message>
        <source>Log it as usual, with the usual people</source>
        <translation>Ei gofnodi fel arfer, gyda&apos;r bobl arferol</translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation>Cadarnhau %1</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Newid…</translation>
    </message>
    <message>
        <source>Change %1 before saving</source>
        <translation>Newid %1 cyn cadw</translation>
    </message>
    <message>
        <source>Didn&apos;t happen</source>
        <translation>Ddigwyddodd e ddim</translation>
    </message>
    <message>
        <source>Skip %1</source>
        <translation>Hepgor %1</translation>
    </message>
</context>
<context>
    <name>SetAreaDialog</name>
    <message>
        <source>Local authority</source>
        <translation>Awdurdod lleol</translation>
    </message>
    <message>
        <source>The summary says which local authority your group is based in, so your CVC can combine it with other groups&apos; summaries.</source>
        <translation>Mae&apos;r crynodeb yn nodi ym mha awdurdod lleol y mae eich grŵp, er mwyn i&apos;ch CGS allu ei gyfuno â chrynodebau grwpiau eraill.</translation>
    </message>
    <message>
        <source>&amp;Local authority:</source>
        <translation>&amp;Awdurdod lleol:</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Gosod</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Your group</source>
        <translation>Eich grŵp</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Cadw&apos;r gosodia&amp;dau</translation>
    </message>
    <message>
        <source>Where your data is kept</source>
        <translation>Ble mae eich data&apos;n cael ei gadw</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Preifatrwydd</translation>
    </message>
    <message>
        <source>County Voluntary Council</source>
        <translation>Cyngor Gwirfoddol Sirol</translation>
    </message>
    <message>
        <source>Show the &amp;CVC page, for combining the returns groups send a CVC</source>
        <translation>Dangos tudalen y &amp;CGS, i gyfuno&apos;r ffurflenni y mae grwpiau&apos;n eu hanfon at CGS</translation>
    </message>
    <message>
        <source>Suggest erasing people not seen for (&amp;months):</source>
        <translation>Awgrymu dileu pobl heb eu gweld ers (mis&amp;oedd):</translation>
    </message>
    <message>
        <source>Months before suggesting erasing</source>
        <translation>Misoedd cyn awgrymu dileu</translation>
    </message>
    <message>
        <source>Everything is kept on this laptop, in this folder. To move it to another computer, copy this folder while the app is closed.</source>
        <translation>Mae popeth yn cael ei gadw ar y gliniadur hwn, yn y ffolder hon. I&apos;w symud i gyfrifiadur arall, copïwch y ffolder hon tra bo&apos;r ap ar gau.</translation>
    </message>
    <message>
        <source>Open data f&amp;older</source>
        <translation>Agor y ffo&amp;lder data</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Doedd dim modd cadw&apos;r gosodiadau.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Gosodiadau wedi&apos;u cadw.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with a co-coordinator</source>
        <translation>Rhannu â chyd-gydlynydd</translation>
    </message>
    <message>
        <source>Writes one file holding this laptop&apos;s records, locked with the passphrase your group chose. Give the file to your co-coordinator (a USB stick or email); their laptop brings it in with File &gt; Bring in a co-coordinator&apos;s file. Tell them the passphrase another way, never with the file.</source>
        <translation>Mae&apos;n ysgrifennu un ffeil sy&apos;n dal cofnodion y gliniadur hwn, wedi&apos;i chloi â&apos;r cyfrinymadrodd a ddewisodd eich grŵp. Rhowch y ffeil i&apos;ch cyd-gydlynydd (cof bach USB neu e-bost); daw eu gliniadur â hi i mewn gyda Ffeil &gt; Dod â ffeil cyd-gydlynydd i mewn. Dywedwch y cyfrinymadrodd wrthyn nhw mewn ffordd arall, byth gyda&apos;r ffeil.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Eto:</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Rhannu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Dewiswch ble i gadw&apos;r ffeil.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Yn ysgrifennu&apos;r ffeil…</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n records in %1.</source>
        <translation>
            <numerusform>Wedi rhannu %n o gofnodion yn %1.</numerusform>
            <numerusform>Wedi rhannu %n cofnod yn %1.</numerusform>
            <numerusform>Wedi rhannu %n o gofnodion yn %1.</numerusform>
            <numerusform>Wedi rhannu %n o gofnodion yn %1.</numerusform>
            <numerusform>Wedi rhannu %n o gofnodion yn %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Log an activity</source>
        <translation>Cofnodi gweithgaredd</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Gweithgareddau</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Save the activity being logged</source>
        <translation>Cadw&apos;r gweithgaredd sy&apos;n cael ei gofnodi</translation>
    </message>
    <message>
        <source>Same as last time</source>
        <translation>Yr un fath â&apos;r tro diwethaf</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Mewnforio taenlen</translation>
    </message>
    <message>
        <source>Add the typed name; open the selected activity</source>
        <translation>Ychwanegu&apos;r enw a deipiwyd; agor y gweithgaredd a ddewiswyd</translation>
    </message>
    <message>
        <source>Remove the selected person or activity</source>
        <translation>Tynnu&apos;r person neu&apos;r gweithgaredd a ddewiswyd</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ailwneud</translation>
    </message>
    <message>
        <source>Finish the sign-in screen</source>
        <translation>Gorffen y sgrin gofrestru</translation>
    </message>
    <message>
        <source>With an underlined letter: go to that field or button</source>
        <translation>Gyda llythyren wedi&apos;i thanlinellu: mynd i&apos;r maes neu&apos;r botwm hwnnw</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Y rhestr hon</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr bysellfwrdd</translation>
    </message>
    <message>
        <source>Everything in the app can be done from the keyboard. Tab moves between fields.</source>
        <translation>Gellir gwneud popeth yn yr ap o&apos;r bysellfwrdd. Mae Tab yn symud rhwng meysydd.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Beth mae&apos;n ei wneud</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>SignInSetupDialog</name>
    <message>
        <source>Today&apos;s regular session: signing in logs it.</source>
        <translation>Sesiwn reolaidd heddiw: mae cofrestru yn ei chofnodi.</translation>
    </message>
    <message>
        <source>Filled in from the next regular session, on %1.</source>
        <translation>Wedi&apos;i lenwi o&apos;r sesiwn reolaidd nesaf, ar %1.</translation>
    </message>
    <message>
        <source>Sign-in screen</source>
        <translation>Sgrin gofrestru</translation>
    </message>
    <message>
        <source>Which activity are people signing in to today? They tap their names next.</source>
        <translation>I ba weithgaredd mae pobl yn cofrestru heddiw? Byddan nhw&apos;n tapio&apos;u henwau nesaf.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Mat&amp;h:</translation>
    </message>
    <message>
        <source>T&amp;itle (optional):</source>
        <translation>&amp;Teitl (dewisol):</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>&amp;Lleoliad:</translation>
    </message>
    <message>
        <source>&amp;Start signing in</source>
        <translation>&amp;Dechrau cofrestru</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>SignInSheet</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Taflen gofrestru</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1</source>
        <translation>Taflen gofrestru: %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>tudalen %1</translation>
    </message>
    <message>
        <source>Find your name, or write it in a blank row. Write the time you arrive and leave, and tick “New” if this is your first time with us.</source>
        <translation>Dewch o hyd i&apos;ch enw, neu ei ysgrifennu mewn rhes wag. Ysgrifennwch yr amser y byddwch yn cyrraedd ac yn gadael, a thiciwch “Newydd” os mai dyma&apos;r tro cyntaf gyda ni.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>Cyrraedd</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>Unnamed helpers (tally):</source>
        <translation>Helpwyr dienw (cyfrif):</translation>
    </message>
    <message>
        <source>Participants (tally):</source>
        <translation>Cyfranogwyr (cyfrif):</translation>
    </message>
</context>
<context>
    <name>SignInSheetDialog</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Taflen gofrestru</translation>
    </message>
    <message>
        <source>An A4 sheet for the door, laid out like the sign-in screen: your regulars&apos; names, then blank rows for newcomers, with the time in and out and a tick for anyone new. Type it in afterwards in the same order.</source>
        <translation>Taflen A4 i&apos;r drws, wedi&apos;i gosod fel y sgrin gofrestru: enwau eich rhai rheolaidd, yna rhesi gwag i newydd-ddyfodiaid, gyda&apos;r amser cyrraedd a gadael a thic i unrhyw un newydd. Teipiwch hi wedyn yn yr un drefn.</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Gweithgaredd:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Blank rows:</source>
        <translation>&amp;Rhesi gwag:</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>Cadw &amp;PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Add an activity first, on the Log page.</source>
        <translation>Ychwanegwch weithgaredd yn gyntaf, ar y dudalen Cofnodi.</translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>Cadw&apos;r daflen gofrestru</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dogfen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the sign-in sheet as %1. Open it to print.</source>
        <translation>Wedi cadw&apos;r daflen gofrestru fel %1. Agorwch hi i&apos;w hargraffu.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Cofrestru</translation>
    </message>
    <message>
        <source>%1 · %2 — tap your name to sign in or out</source>
        <translation>%1 · %2 — tapiwch eich enw i gofrestru i mewn neu allan</translation>
    </message>
    <message>
        <source>Coordinator: press Ctrl+Shift+F to finish.</source>
        <translation>Cydlynydd: pwyswch Ctrl+Shift+F i orffen.</translation>
    </message>
    <message>
        <source>&amp;New? Type your name:</source>
        <translation>&amp;Newydd? Teipiwch eich enw:</translation>
    </message>
    <message>
        <source>Sign me in</source>
        <translation>Cofrestrwch fi</translation>
    </message>
    <message>
        <source>+1 helper (%1)</source>
        <translation>+1 helpwr (%1)</translation>
    </message>
    <message>
        <source>+1 participant (%1)</source>
        <translation>+1 cyfranogwr (%1)</translation>
    </message>
    <message>
        <source>One helper fewer</source>
        <translation>Un helpwr yn llai</translation>
    </message>
    <message>
        <source>One participant fewer</source>
        <translation>Un cyfranogwr yn llai</translation>
    </message>
    <message>
        <source>in since %1</source>
        <translation>i mewn ers %1</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>wedi gadael</translation>
    </message>
    <message>
        <source>Welcome, %1: you are signed in.</source>
        <translation>Croeso, %1: rydych wedi cofrestru.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Nothing was recorded: nobody signed in.</source>
        <translation>Ni chofnodwyd dim: ni chofrestrodd neb.</translation>
    </message>
    <message>
        <source>Nobody has signed in yet: nothing will be recorded.</source>
        <translation>Does neb wedi cofrestru eto: ni chaiff dim ei gofnodi.</translation>
    </message>
    <message>
        <source>%1: named people %2, unnamed helpers %3, participants %4, volunteer hours %5.</source>
        <translation>%1: pobl wedi&apos;u henwi %2, helpwyr dienw %3, cyfranogwyr %4, oriau gwirfoddoli %5.</translation>
    </message>
    <message>
        <source>Everyone still signed in is counted until now.</source>
        <translation>Caiff pawb sy&apos;n dal i mewn eu cyfrif hyd at nawr.</translation>
    </message>
    <message>
        <source>Finish signing in?</source>
        <translation>Gorffen cofrestru?</translation>
    </message>
    <message>
        <source>Not recorded twice: the same activity was already saved.</source>
        <translation>Heb ei gofnodi ddwywaith: roedd yr un gweithgaredd wedi&apos;i gadw eisoes.</translation>
    </message>
    <message>
        <source>Recorded from the sign-in screen: %1</source>
        <translation>Wedi&apos;i gofnodi o&apos;r sgrin gofrestru: %1</translation>
    </message>
    <message>
        <source>Logged twice?</source>
        <translation>Wedi&apos;i gofnodi ddwywaith?</translation>
    </message>
    <message>
        <source>This looks the same as the activity saved at %1. Keep this one as well?</source>
        <translation>Mae hwn yn edrych yr un fath â&apos;r gweithgaredd a gadwyd am %1. Cadw hwn hefyd?</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Cadw&apos;r &amp;ddau</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Gorffen</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The data could not be opened. What went wrong is in the log folder (Help &gt; Open log folder).</source>
        <translation>Doedd dim modd agor y data. Mae&apos;r hyn aeth o&apos;i le yn y ffolder logiau (Cymorth &gt; Agor y ffolder logiau).</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>Methu agor eich data</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Ffolder data: %1</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Hidden: fewer than 5 people gave these hours, so they could be picked out.</source>
        <translation>Wedi&apos;i guddio: rhoddodd llai na 5 o bobl yr oriau hyn, felly gellid eu hadnabod.</translation>
    </message>
    <message>
        <source>Hidden: fewer than 5, so someone could be picked out.</source>
        <translation>Wedi&apos;i guddio: llai na 5, felly gellid adnabod rhywun.</translation>
    </message>
    <message>
        <source>Also hidden, so that the other hidden number in this breakdown cannot be worked out from the total.</source>
        <translation>Wedi&apos;i guddio hefyd, fel na ellir cyfrifo&apos;r rhif cudd arall yn y dadansoddiad hwn o&apos;r cyfanswm.</translation>
    </message>
    <message>
        <source>Exact: this counts events, not people.</source>
        <translation>Union: mae hwn yn cyfrif digwyddiadau, nid pobl.</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Dim yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Rounded to the nearest 5.</source>
        <translation>Wedi&apos;i dalgrynnu i&apos;r 5 agosaf.</translation>
    </message>
    <message>
        <source>Hidden: fewer than 10 cards were collected in this period, too few for any share to mean anything.</source>
        <translation>Wedi&apos;i guddio: casglwyd llai na 10 cerdyn yn y cyfnod hwn, rhy ychydig i unrhyw gyfran olygu dim.</translation>
    </message>
    <message>
        <source>Cards that agreed with all three of the first statements; rounded to the nearest 5.</source>
        <translation>Cardiau a gytunodd â&apos;r tri datganiad cyntaf i gyd; wedi&apos;i dalgrynnu i&apos;r 5 agosaf.</translation>
    </message>
    <message>
        <source>Exact: this counts events at each kind of place.</source>
        <translation>Union: mae hwn yn cyfrif digwyddiadau ym mhob math o leoliad.</translation>
    </message>
</context>
<context>
    <name>SummaryColumns</name>
    <message>
        <source>schema_version</source>
        <translation>fersiwn y sgema</translation>
    </message>
    <message>
        <source>export_id</source>
        <translation>dynodydd yr allforiad</translation>
    </message>
    <message>
        <source>generated_at</source>
        <translation>amser ei greu</translation>
    </message>
    <message>
        <source>app_version</source>
        <translation>fersiwn yr ap</translation>
    </message>
    <message>
        <source>group_id</source>
        <translation>dynodydd y grŵp</translation>
    </message>
    <message>
        <source>group_name</source>
        <translation>enw&apos;r grŵp</translation>
    </message>
    <message>
        <source>group_la_code</source>
        <translation>cod awdurdod lleol y grŵp</translation>
    </message>
    <message>
        <source>cvc_ref</source>
        <translation>cyfeirnod y CGS</translation>
    </message>
    <message>
        <source>period_start</source>
        <translation>dechrau&apos;r cyfnod</translation>
    </message>
    <message>
        <source>period_end</source>
        <translation>diwedd y cyfnod</translation>
    </message>
    <message>
        <source>period_type</source>
        <translation>math o gyfnod</translation>
    </message>
    <message>
        <source>activity_la_code</source>
        <translation>cod awdurdod lleol y gweithgaredd</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>mesur</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>uned</translation>
    </message>
    <message>
        <source>breakdown</source>
        <translation>dadansoddiad</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categori</translation>
    </message>
    <message>
        <source>value</source>
        <translation>gwerth</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statws</translation>
    </message>
    <message>
        <source>sdc_rule</source>
        <translation>rheol cuddio</translation>
    </message>
</context>
<context>
    <name>SummaryPdf</name>
    <message>
        <source>Value of volunteering: %1 (%2 hours at %3 an hour; rate from %4, %5).</source>
        <translation>Gwerth gwirfoddoli: %1 (%2 awr ar %3 yr awr; cyfradd gan %4, %5).</translation>
    </message>
    <message>
        <source>Volunteering summary</source>
        <translation>Crynodeb gwirfoddoli</translation>
    </message>
    <message>
        <source>Volunteering summary: %1</source>
        <translation>Crynodeb gwirfoddoli: %1</translation>
    </message>
    <message>
        <source>Made with %1 on %2. Exact figures for the group&apos;s own use.</source>
        <translation>Gwnaed gyda&apos;r ap %1. Dyddiad: %2. Ffigurau union at ddefnydd y grŵp ei hun.</translation>
    </message>
    <message>
        <source>Volunteers are counted once however often they came; participants and headcounts count every time. Hours include unnamed helpers for the whole activity.</source>
        <translation>Cyfrifir gwirfoddolwyr unwaith ni waeth pa mor aml y daethant; mae cyfranogwyr a chyfrif pennau yn cyfrif bob tro. Mae&apos;r oriau&apos;n cynnwys helpwyr dienw am y gweithgaredd cyfan.</translation>
    </message>
</context>
<context>
    <name>SummaryPdfDialog</name>
    <message>
        <source>A4 summary</source>
        <translation>Crynodeb A4</translation>
    </message>
    <message>
        <source>One page for your AGM or a funder: your group&apos;s name, the period, its six figures and both charts. It holds no names.</source>
        <translation>Un dudalen ar gyfer eich CCB neu gyllidwr: enw eich grŵp, y cyfnod, ei chwe ffigur a&apos;r ddau siart. Nid oes enwau arni.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>Show the &amp;value of volunteering (hours × a rate)</source>
        <translation>Dangos &amp;gwerth gwirfoddoli (oriau × cyfradd)</translation>
    </message>
    <message>
        <source>&amp;Rate per hour:</source>
        <translation>&amp;Cyfradd yr awr:</translation>
    </message>
    <message>
        <source>&amp;Where the rate comes from:</source>
        <translation>O &amp;ble daw&apos;r gyfradd:</translation>
    </message>
    <message>
        <source>e.g. the Real Living Wage</source>
        <translation>e.e. y Cyflog Byw Gwirioneddol</translation>
    </message>
    <message>
        <source>Rate for the &amp;year:</source>
        <translation>Cyfradd ar gyfer y &amp;flwyddyn:</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>Cadw &amp;PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>%1 hours × %2 = %3</source>
        <translation>%1 awr × %2 = %3</translation>
    </message>
    <message>
        <source>Give a rate above £0 and say where it comes from, or untick the value.</source>
        <translation>Rhowch gyfradd uwch na £0 a dweud o ble y daw, neu dad-diciwch y gwerth.</translation>
    </message>
    <message>
        <source>Save the A4 summary</source>
        <translation>Cadw&apos;r crynodeb A4</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dogfen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the summary as %1.</source>
        <translation>Wedi cadw&apos;r crynodeb fel %1.</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <source>Activities held</source>
        <translation>Gweithgareddau a gynhaliwyd</translation>
    </message>
    <message>
        <source>Volunteer sessions</source>
        <translation>Sesiynau gwirfoddoli</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Oriau gwirfoddoli</translation>
    </message>
    <message>
        <source>Pulse cards collected</source>
        <translation>Cardiau curiad a gasglwyd</translation>
    </message>
    <message>
        <source>Pulse cards that agreed</source>
        <translation>Cardiau curiad a gytunodd</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Gwirfoddolwyr</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Cyfranogwyr</translation>
    </message>
    <message>
        <source>people, each once</source>
        <translation>pobl, pob un unwaith</translation>
    </message>
    <message>
        <source>attendances</source>
        <translation>presenoldebau</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>oed %1</translation>
    </message>
    <message>
        <source>Welsh speakers</source>
        <translation>siaradwyr Cymraeg</translation>
    </message>
    <message>
        <source>learning Welsh</source>
        <translation>yn dysgu Cymraeg</translation>
    </message>
    <message>
        <source>not Welsh speakers</source>
        <translation>ddim yn siarad Cymraeg</translation>
    </message>
    <message>
        <source>Welsh not known</source>
        <translation>Cymraeg heb ei nodi</translation>
    </message>
    <message>
        <source>new this period</source>
        <translation>newydd yn y cyfnod hwn</translation>
    </message>
    <message>
        <source>returning</source>
        <translation>yn dychwelyd</translation>
    </message>
    <message>
        <source>withheld: fewer than 5 people</source>
        <translation>wedi&apos;i guddio: llai na 5 o bobl</translation>
    </message>
    <message>
        <source>withheld: fewer than 5</source>
        <translation>wedi&apos;i guddio: llai na 5</translation>
    </message>
    <message>
        <source>withheld: so another cannot be worked out</source>
        <translation>wedi&apos;i guddio: fel na ellir cyfrifo un arall</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>union</translation>
    </message>
    <message>
        <source>rounded to 5</source>
        <translation>wedi&apos;i dalgrynnu i 5</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation>Beth mae&apos;n ei gyfrif</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Privacy notice (template)</source>
        <translation>Hysbysiad preifatrwydd (templed)</translation>
    </message>
    <message>
        <source>Complaints procedure (template)</source>
        <translation>Trefn gwyno (templed)</translation>
    </message>
    <message>
        <source>A starting point: fill in the parts in [brackets], change what does not fit your group, then copy it into your own document.</source>
        <translation>Man cychwyn: llenwch y rhannau mewn [cromfachau], newidiwch yr hyn nad yw&apos;n addas i&apos;ch grŵp, yna copïwch ef i&apos;ch dogfen eich hun.</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copïo&apos;r testun</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>TypesDialog</name>
    <message>
        <source>Activity types</source>
        <translation>Mathau o weithgaredd</translation>
    </message>
    <message>
        <source>Your group&apos;s own names for what it does, each with its kind: the summary for the CVC counts every activity under its type&apos;s kind, never by name. A type imported from a spreadsheet without a kind is “Other” until you choose one.</source>
        <translation>Enwau eich grŵp ei hun am yr hyn y mae&apos;n ei wneud, pob un gyda&apos;i ffurf: mae&apos;r crynodeb i&apos;r CGS yn cyfrif pob gweithgaredd o dan ffurf ei fath, byth yn ôl enw. Mae math a fewnforiwyd o daenlen heb ffurf yn “Arall” nes i chi ddewis un.</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Math o weithgaredd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Ffurf</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Gweithgareddau</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Kind of %1</source>
        <translation>Ffurf %1</translation>
    </message>
    <message>
        <source>Set the kind of “%1”</source>
        <translation>Gosod ffurf “%1”</translation>
    </message>
    <message>
        <source>“%1” is now: %2.</source>
        <translation>Mae “%1” bellach: %2.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Croeso</translation>
    </message>
    <message>
        <source>Croeso · Welcome</source>
        <translation>Croeso · Welcome</translation>
    </message>
    <message>
        <source>%1 keeps a simple record of your group&apos;s volunteering on this laptop, and makes an anonymised summary for your County Voluntary Council. A few quick questions to start:</source>
        <translation>Mae %1 yn cadw cofnod syml o wirfoddoli eich grŵp ar y gliniadur hwn, ac yn creu crynodeb dienw i&apos;ch Cyngor Gwirfoddol Sirol. Ychydig o gwestiynau cyflym i ddechrau:</translation>
    </message>
    <message>
        <source>What does your group do? Tick any that fit:</source>
        <translation>Beth mae eich grŵp yn ei wneud? Ticiwch unrhyw rai sy&apos;n addas:</translation>
    </message>
    <message>
        <source>Add your own types any time: type a new name in the Log page&apos;s Type box.</source>
        <translation>Ychwanegwch eich mathau eich hun unrhyw bryd: teipiwch enw newydd ym mlwch Math y dudalen Cofnodi.</translation>
    </message>
    <message>
        <source>You can skip these and change them any time in Settings.</source>
        <translation>Gallwch hepgor y rhain a&apos;u newid unrhyw bryd yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>&amp;Hepgor am nawr</translation>
    </message>
    <message>
        <source>Bring in a co-coordinator&apos;s file…</source>
        <translation>Dod â ffeil cyd-gydlynydd i mewn…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Dechrau</translation>
    </message>
</context>
<context>
    <name>YearKindField</name>
    <message>
        <source>Reporting &amp;year:</source>
        <translation>&amp;Blwyddyn adrodd:</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Blwyddyn adrodd</translation>
    </message>
    <message>
        <source>The year your funders count in: Over the years on the Reports page, its A4 report and the report command use it. A grant year starts in the month of the first payment.</source>
        <translation>Y flwyddyn y mae eich cyllidwyr yn cyfrif ynddi: mae Dros y blynyddoedd ar y dudalen Adroddiadau, ei adroddiad A4 a&apos;r gorchymyn report yn ei defnyddio. Mae blwyddyn grant yn dechrau ym mis y taliad cyntaf.</translation>
    </message>
</context>
<context>
    <name>YearsPdf</name>
    <message>
        <source>Over the years</source>
        <translation>Dros y blynyddoedd</translation>
    </message>
    <message>
        <source>Over the years: %1</source>
        <translation>Dros y blynyddoedd: %1</translation>
    </message>
    <message>
        <source>%1 (%2): activities funded</source>
        <translation>%1 (%2): gweithgareddau a ariannwyd</translation>
    </message>
    <message>
        <source>Made with %1 on %2. Exact figures for the group&apos;s own use.</source>
        <translation>Gwnaed gyda&apos;r ap %1. Dyddiad: %2. Ffigurau union at ddefnydd y grŵp ei hun.</translation>
    </message>
    <message>
        <source>Volunteers are counted once a year however often they came. New volunteers came for the first time that year; retention is the share of the year before&apos;s volunteers who came again. A year marked (to date) is not over yet.</source>
        <translation>Cyfrifir gwirfoddolwyr unwaith y flwyddyn waeth pa mor aml y daethant. Daeth gwirfoddolwyr newydd am y tro cyntaf y flwyddyn honno; cadw gwirfoddolwyr yw&apos;r gyfran o wirfoddolwyr y flwyddyn gynt a ddaeth eto. Nid yw blwyddyn a nodir (hyd yma) wedi dod i ben eto.</translation>
    </message>
</context>
<context>
    <name>YearsView</name>
    <message>
        <source>Volunteers and activities, year by year</source>
        <translation>Gwirfoddolwyr a gweithgareddau, flwyddyn wrth flwyddyn</translation>
    </message>
    <message>
        <source>New volunteers</source>
        <translation>Gwirfoddolwyr newydd</translation>
    </message>
    <message>
        <source>Returning volunteers</source>
        <translation>Gwirfoddolwyr sy&apos;n dychwelyd</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Gweithgareddau</translation>
    </message>
    <message>
        <source>Change on the year before</source>
        <translation>Newid ers y flwyddyn gynt</translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation>Newid ers %1</translation>
    </message>
    <message>
        <source>Volunteers (people)</source>
        <translation>Gwirfoddolwyr (pobl)</translation>
    </message>
    <message>
        <source>Came again from the year before</source>
        <translation>Daeth eto o&apos;r flwyddyn gynt</translation>
    </message>
    <message>
        <source>Volunteers the year before</source>
        <translation>Gwirfoddolwyr y flwyddyn gynt</translation>
    </message>
    <message>
        <source>Retention (%)</source>
        <translation>Cadw gwirfoddolwyr (%)</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Oriau gwirfoddoli</translation>
    </message>
    <message>
        <source>Participants (attendances)</source>
        <translation>Cyfranogwyr (presenoldeb)</translation>
    </message>
    <message>
        <source>Unnamed helpers (headcount)</source>
        <translation>Helpwyr dienw (cyfrif pennau)</translation>
    </message>
    <message>
        <source>Financial years (April to March)</source>
        <translation>Blynyddoedd ariannol (Ebrill i Fawrth)</translation>
    </message>
    <message>
        <source>Calendar years</source>
        <translation>Blynyddoedd calendr</translation>
    </message>
    <message>
        <source>Grant years from %1</source>
        <translation>Blynyddoedd grant o fis %1</translation>
    </message>
    <message>
        <source>%1 (to date)</source>
        <translation>%1 (hyd yma)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>dim data</translation>
    </message>
    <message>
        <source>Over the years</source>
        <translation>Dros y blynyddoedd</translation>
    </message>
    <message>
        <source>The same figures for each year, as funders ask for them; the year in progress counts what is logged so far. The kind of year is kept for the group.</source>
        <translation>Yr un ffigurau ar gyfer pob blwyddyn, fel y mae cyllidwyr yn gofyn amdanynt; mae&apos;r flwyddyn gyfredol yn cyfrif yr hyn a gofnodwyd hyd yma. Cedwir y math o flwyddyn ar gyfer y grŵp.</translation>
    </message>
    <message>
        <source>Kind of year:</source>
        <translation>Math o flwyddyn:</translation>
    </message>
    <message>
        <source>&amp;Years shown:</source>
        <translation>&amp;Blynyddoedd a ddangosir:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Prosiect:</translation>
    </message>
    <message>
        <source>Language of the &amp;A4 report:</source>
        <translation>Iaith yr &amp;adroddiad A4:</translation>
    </message>
    <message>
        <source>Save an A4 report for a &amp;funder (PDF)…</source>
        <translation>Cadw adroddiad A4 i &amp;gyllidwr (PDF)…</translation>
    </message>
    <message>
        <source>These years side by side, the table and the chart, on one page.</source>
        <translation>Y blynyddoedd hyn ochr yn ochr, y tabl a&apos;r siart, ar un dudalen.</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Pob gweithgaredd</translation>
    </message>
    <message>
        <source>%1, as chosen for the group in &lt;a href=&quot;settings&quot;&gt;Settings&lt;/a&gt;.</source>
        <translation>%1, fel y&apos;i dewiswyd i&apos;r grŵp yn y &lt;a href=&quot;settings&quot;&gt;Gosodiadau&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Save the A4 report</source>
        <translation>Cadw&apos;r adroddiad A4</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dogfen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A4 report</source>
        <translation>Adroddiad A4</translation>
    </message>
    <message>
        <source>Saved the report as %1.</source>
        <translation>Cadwyd yr adroddiad fel %1.</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln o weithgareddau</numerusform>
            <numerusform>%Ln gweithgaredd</numerusform>
            <numerusform>%Ln o weithgareddau</numerusform>
            <numerusform>%Ln o weithgareddau</numerusform>
            <numerusform>%Ln o weithgareddau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendances</source>
        <translation>
            <numerusform>%Ln o bresenoldebau</numerusform>
            <numerusform>%Ln presenoldeb</numerusform>
            <numerusform>%Ln o bresenoldebau</numerusform>
            <numerusform>%Ln o bresenoldebau</numerusform>
            <numerusform>%Ln o bresenoldebau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln o bobl</numerusform>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln o bobl</numerusform>
            <numerusform>%Ln o bobl</numerusform>
            <numerusform>%Ln o bobl</numerusform>
        </translation>
    </message>
</context>
</TS>
