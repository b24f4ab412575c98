<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>App</name>
    <message>
        <source>Community Volunteering Log</source>
        <translation>Cofnod Gwirfoddoli Cymunedol</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Aeth rhywbeth o'i le</translation>
    </message>
    <message>
        <source>The app met an unexpected problem. Your saved data is safe: every change is saved as you make it.

If it happens again, copy the details below and send them with the log folder to whoever helps you with the app. They contain no names or notes.</source>
        <translation>Cafodd yr ap broblem annisgwyl. Mae eich data'n ddiogel: caiff pob newid ei gadw wrth i chi ei wneud.

Os bydd yn digwydd eto, copïwch y manylion isod a'u hanfon gyda'r ffolder logiau at bwy bynnag sy'n eich helpu gyda'r ap. Nid ydynt yn cynnwys enwau na nodiadau.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Manylion y gwall</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copïo'r manylion</translation>
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
    <name>GroupForm</name>
    <message>
        <source>Group &amp;name:</source>
        <translation>E&amp;nw'r grŵp:</translation>
    </message>
    <message>
        <source>&amp;Local authority:</source>
        <translation>&amp;Awdurdod lleol:</translation>
    </message>
    <message>
        <source>&amp;CVC reference (optional):</source>
        <translation>Cyfeirnod y &amp;CGS (dewisol):</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>For example: Llanfair Repair Café</source>
        <translation>Er enghraifft: Caffi Trwsio Llanfair</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Enw'r grŵp</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Awdurdod lleol</translation>
    </message>
    <message>
        <source>The area where the group is based; it is included in the summary for your CVC.</source>
        <translation>Yr ardal lle mae'r grŵp; caiff ei chynnwys yn y crynodeb i'ch CGS.</translation>
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
    <name>LocalAuthorityCombo</name>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Opening your data…</source>
        <translation>Yn agor eich data…</translation>
    </message>
    <message>
        <source>On this laptop: %1 activities, %2 people, %3 participations.</source>
        <translation>Ar y gliniadur hwn: %1 o weithgareddau, %2 o bobl, %3 o gyfranogiadau.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
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
        <source>Open &amp;log folder</source>
        <translation>Agor y ffolder &amp;logiau</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Ynghylch</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Yn barod.</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Yn agor eich data…</translation>
    </message>
    <message>
        <source>Group name not set</source>
        <translation>Enw'r grŵp heb ei osod</translation>
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

Mae eich cofnodion yn aros ar y gliniadur hwn. Nid yw'r ap byth yn cysylltu â'r rhyngrwyd.</translation>
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
        <translation>Mae enw'r grŵp yn rhy hir: defnyddiwch %1 nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>Choose a Welsh local authority from the list.</source>
        <translation>Dewiswch awdurdod lleol yng Nghymru o'r rhestr.</translation>
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
        <translation>Mae'r data'n brysur mewn rhaglen arall. Caewch hi a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to. Nothing was changed. Check that the disk is not full or read-only, or move the data with --data-dir.</source>
        <translation>Does dim modd ysgrifennu i'r ffolder data. Ni newidiwyd dim. Gwiriwch nad yw'r ddisg yn llawn nac yn ddarllen yn unig, neu symudwch y data gyda --data-dir.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Mae'r ddisg yn llawn, felly ni chadwyd dim. Rhyddhewch le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The disk could not be read or written. Nothing was changed.</source>
        <translation>Doedd dim modd darllen nac ysgrifennu'r ddisg. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The data file is damaged. Nothing was overwritten.</source>
        <translation>Mae'r ffeil ddata wedi'i difrodi. Ni throsysgrifwyd dim.</translation>
    </message>
    <message>
        <source>The data file cannot be opened. Check the data folder exists and is yours to write.</source>
        <translation>Does dim modd agor y ffeil ddata. Gwiriwch fod y ffolder data'n bodoli a bod gennych hawl i ysgrifennu iddi.</translation>
    </message>
    <message>
        <source>The file in the data folder is not this app's data. It was left as it is.</source>
        <translation>Nid data'r ap hwn yw'r ffeil yn y ffolder data. Cafodd ei gadael fel y mae.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of the app. Install the newer version to open it; the data was left untouched.</source>
        <translation>Cafodd y data hwn ei gadw gan fersiwn mwy newydd o'r ap. Gosodwch y fersiwn mwy newydd i'w agor; ni chyffyrddwyd â'r data.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Cofnodi</translation>
    </message>
    <message>
        <source>Record an activity in seconds: a session, an event or one person's help. A headcount alone is enough.</source>
        <translation>Cofnodwch weithgaredd mewn eiliadau: sesiwn, digwyddiad neu help gan un person. Mae cyfrif pennau ar ei ben ei hun yn ddigon.</translation>
    </message>
    <message>
        <source>Date, type, place and times, filled in from last time</source>
        <translation>Dyddiad, math, lleoliad ac amseroedd, wedi'u llenwi o'r tro diwethaf</translation>
    </message>
    <message>
        <source>Named people with their hours, or just how many came</source>
        <translation>Pobl wedi'u henwi gyda'u horiau, neu faint ddaeth yn unig</translation>
    </message>
    <message>
        <source>Upcoming sessions of a regular activity, ready to confirm</source>
        <translation>Sesiynau nesaf gweithgaredd rheolaidd, yn barod i'w cadarnhau</translation>
    </message>
    <message>
        <source>A sign-in screen for the laptop at the door</source>
        <translation>Sgrin gofrestru ar gyfer y gliniadur wrth y drws</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Gweithgareddau</translation>
    </message>
    <message>
        <source>Every activity the group has logged, newest first.</source>
        <translation>Pob gweithgaredd y mae'r grŵp wedi'i gofnodi, y mwyaf diweddar yn gyntaf.</translation>
    </message>
    <message>
        <source>Search by text and filter by date range and type</source>
        <translation>Chwilio yn ôl testun a hidlo yn ôl cyfnod a math</translation>
    </message>
    <message>
        <source>Open an activity to correct it, duplicate it or delete it</source>
        <translation>Agor gweithgaredd i'w gywiro, ei ddyblygu neu ei ddileu</translation>
    </message>
    <message>
        <source>Undo any change with Ctrl+Z</source>
        <translation>Dadwneud unrhyw newid gyda Ctrl+Z</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>The people your group chose to name. Only a name is needed.</source>
        <translation>Y bobl y dewisodd eich grŵp eu henwi. Dim ond enw sydd ei angen.</translation>
    </message>
    <message>
        <source>First and last seen, sessions and hours in a period</source>
        <translation>Y tro cyntaf a'r tro olaf, sesiynau ac oriau mewn cyfnod</translation>
    </message>
    <message>
        <source>Optional details: contact, age band, Welsh speaker, consents</source>
        <translation>Manylion dewisol: cyswllt, band oedran, siaradwr Cymraeg, caniatâd</translation>
    </message>
    <message>
        <source>Merge two records of the same person, or archive one</source>
        <translation>Cyfuno dau gofnod o'r un person, neu archifo un</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Totals and charts for your committee or a funder.</source>
        <translation>Cyfansymiau a siartiau ar gyfer eich pwyllgor neu gyllidwr.</translation>
    </message>
    <message>
        <source>Activities, distinct volunteers, hours and participants</source>
        <translation>Gweithgareddau, gwirfoddolwyr unigol, oriau a chyfranogwyr</translation>
    </message>
    <message>
        <source>Charts of hours and volunteers by month</source>
        <translation>Siartiau o oriau a gwirfoddolwyr fesul mis</translation>
    </message>
    <message>
        <source>A one-page A4 summary to print</source>
        <translation>Crynodeb A4 un dudalen i'w argraffu</translation>
    </message>
    <message>
        <source>An anonymised summary to send to your County Voluntary Council. No names or personal details leave this laptop.</source>
        <translation>Crynodeb dienw i'w anfon at eich Cyngor Gwirfoddol Sirol. Does dim enwau na manylion personol yn gadael y gliniadur hwn.</translation>
    </message>
    <message>
        <source>Choose a month, a quarter or a financial year</source>
        <translation>Dewiswch fis, chwarter neu flwyddyn ariannol</translation>
    </message>
    <message>
        <source>See every row of the file before it is saved</source>
        <translation>Gweld pob rhes o'r ffeil cyn ei chadw</translation>
    </message>
    <message>
        <source>Small numbers are hidden so nobody can be picked out</source>
        <translation>Caiff niferoedd bach eu cuddio fel na ellir adnabod neb</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Coming to this page:</source>
        <translation>Yn dod i'r dudalen hon:</translation>
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
        <translation>&amp;Cadw'r gosodiadau</translation>
    </message>
    <message>
        <source>Where your data is kept</source>
        <translation>Ble mae eich data'n cael ei gadw</translation>
    </message>
    <message>
        <source>Everything is kept on this laptop, in this folder. To move it to another computer, copy this folder while the app is closed.</source>
        <translation>Mae popeth yn cael ei gadw ar y gliniadur hwn, yn y ffolder hon. I'w symud i gyfrifiadur arall, copïwch y ffolder hon tra bo'r ap ar gau.</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Agor y &amp;ffolder data</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi'i gadw.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Gosodiadau wedi'u cadw.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The data could not be opened: %1</source>
        <translation>Doedd dim modd agor y data: %1</translation>
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
        <source>%1 keeps a simple record of your group's volunteering on this laptop, and makes an anonymised summary for your County Voluntary Council. Three quick questions to start:</source>
        <translation>Mae %1 yn cadw cofnod syml o wirfoddoli eich grŵp ar y gliniadur hwn, ac yn creu crynodeb dienw i'ch Cyngor Gwirfoddol Sirol. Tri chwestiwn cyflym i ddechrau:</translation>
    </message>
    <message>
        <source>You can skip these and change them any time in Settings.</source>
        <translation>Gallwch hepgor y rhain a'u newid unrhyw bryd yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>&amp;Hepgor am nawr</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Dechrau</translation>
    </message>
</context>
</TS>