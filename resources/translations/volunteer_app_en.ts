<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ConflictsPanel</name>
    <message numerus="yes">
        <source>%n records to look at:</source>
        <translation>
            <numerusform>%n record to look at:</numerusform>
            <numerusform>%n records to look at:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CvcPage</name>
    <message numerus="yes">
        <source>%n return(s) combined</source>
        <translation>
            <numerusform>%n return combined</numerusform>
            <numerusform>%n returns combined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrected</source>
        <translation>
            <numerusform>%n corrected</numerusform>
            <numerusform>%n corrected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent twice</source>
        <translation>
            <numerusform>%n sent twice</numerusform>
            <numerusform>%n sent twice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) not for publication.</source>
        <translation>
            <numerusform>%n figure not for publication.</numerusform>
            <numerusform>%n figures not for publication.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FundingDialog</name>
    <message numerus="yes">
        <source>Remove the project “%1”? %n activities tagged with it lose the tag, and no activity type joins it when logged any more. Ctrl+Z puts it back.</source>
        <translation>
            <numerusform>Remove the project “%1”? %n activity tagged with it loses the tag, and no activity type joins it when logged any more. Ctrl+Z puts it back.</numerusform>
            <numerusform>Remove the project “%1”? %n activities tagged with it lose the tag, and no activity type joins it when logged any more. Ctrl+Z puts it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoursLetterTexts</name>
    <message numerus="yes">
        <source>%1 gave %2 hours over %n session(s) between %3 and %4.</source>
        <translation>
            <numerusform>%1 gave %2 hours over %n session between %3 and %4.</numerusform>
            <numerusform>%1 gave %2 hours over %n sessions between %3 and %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeWords</name>
    <message numerus="yes">
        <source>%n new activities</source>
        <translation>
            <numerusform>%n new activity</numerusform>
            <numerusform>%n new activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new people</source>
        <translation>
            <numerusform>%n new person</numerusform>
            <numerusform>%n new people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other changes (attendance, types, places, settings)</source>
        <translation>
            <numerusform>%n other change (attendance, types, places, settings)</numerusform>
            <numerusform>%n other changes (attendance, types, places, settings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people that both laptops changed: the later change is kept.</source>
        <translation>
            <numerusform>%n person that both laptops changed: the later change is kept.</numerusform>
            <numerusform>%n people that both laptops changed: the later change is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities that both laptops changed: the later change is kept.</source>
        <translation>
            <numerusform>%n activity that both laptops changed: the later change is kept.</numerusform>
            <numerusform>%n activities that both laptops changed: the later change is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records were edited after the other laptop deleted them: they stay deleted. Look at them afterwards.</source>
        <translation>
            <numerusform>%n record was edited after the other laptop deleted it: it stays deleted. Look at it afterwards.</numerusform>
            <numerusform>%n records were edited after the other laptop deleted them: they stay deleted. Look at them afterwards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacesDialog</name>
    <message numerus="yes">
        <source>%n activities updated.</source>
        <translation>
            <numerusform>%n activity updated.</numerusform>
            <numerusform>%n activities updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message numerus="yes">
        <source>Shared %n records in %1.</source>
        <translation>
            <numerusform>Shared %n record in %1.</numerusform>
            <numerusform>Shared %n records in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendances</source>
        <translation>
            <numerusform>%Ln attendance</numerusform>
            <numerusform>%Ln attendances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
</TS>
