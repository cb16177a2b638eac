<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="sv_SE">
<context>
    <name></name>
    <message>
        <source>Alla datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andra halvåret {ar}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förra året ({ar})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Första halvåret {ar}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I år ({ar})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senaste 30 dagarna</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnatKlassningDialog</name>
    <message>
        <source>%1 avvikelser flyttades till kategorin %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 avvikelser klassades som %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Klassa valda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redigera skälen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla förklaringar under Annat är klassade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det gick inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytta till kategorin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förklaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förklaringar som inte är klassade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förklaringarna som skrivits under Annat, lika förklaringar samlade. Välj en eller flera och klassa dem efter skäl, eller flytta dem till en befintlig kategori. Sammanställningen räknar skälen; förklaringarna själva lämnar aldrig programmet. Avvikelser utan förklaring klassar du i formuläret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klassa &amp;som:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klassa Annat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klassa som</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnatSkalDialog</name>
    <message>
        <source>Nytt skäl …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skäl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skäl för Annat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skälen är de rubriker du klassar avvikelser under Annat efter; sammanställningen räknar dem. Bocka ur ett skäl för att sluta erbjuda det. Ett skäl som används kan inte tas bort.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnslutDialog</name>
    <message>
        <source>&amp;Användare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA-fil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Databas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lösenord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS-läge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anslut till kommunens gemensamma Skrivbord-databas på en PostgreSQL-server. Uppgifterna får du av kommunens IT eller MAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anslut till server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansluter till servern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansluter till {server} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Användare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avancerat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA-fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikat (*.crt *.pem *.cer);;Alla filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunens CA-certifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lösenord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-läge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utan full kontroll av certifikatet kan någon annan dator i nätverket utge sig för att vara servern och läsa lösenordet och uppgifterna. Använd bara det här om kommunens IT ber om det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable: okrypterat (bara för en server på samma dator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kommunens CA-certifikat (.crt eller .pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require: krypterat, men servern kontrolleras inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-ca: krypterat, certifikatet kontrolleras men inte servernamnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full: krypterat, certifikat och servernamn kontrolleras (rekommenderas)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Arshjulsvy</name>
    <message>
        <source>&amp;Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;År</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siffran är månadens tillfällen när de är fler än ett; ”3/36” är tre försenade av 36.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}/{totalt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{omrade}, {manad}: inga tillfällen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{omrade}, {manad}: {delar}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Årshjul</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AterkallelseDialog</name>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orsak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj person …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{namn}: {uppgifter}. Beslutet finns kvar i historiken med datum, orsak och vem som återkallade det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återkalla delegering {nr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återkallad &amp;av</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AteroppnaDialog</name>
    <message>
        <source>Varför?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna avvikelsen igen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AterstallningsDialog</name>
    <message>
        <source>Databas: {namn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} av {totalt} tecken. Bindestreck och mellanslag spelar ingen roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återställningsnyckel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återställningsnyckel (11 grupper om 5 tecken):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppnar databasen …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atgardslista</name>
    <message>
        <source>Anteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckning (utan patientuppgifter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort markerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidtagna åtgärder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvvikelseDetaljPanel</name>
    <message>
        <source>&amp;Inga åtgärder behövs …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markera vald som klar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikelse {id} · {kategori} · {enhet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikelsen ändrades medan du skrev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslut: händelseanalys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det gick inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gäller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Händelseanalys görs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Händelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga åtgärder behövs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen händelseanalys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen uppföljning ännu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klar senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kort analys: varför hände det?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lex Maria: IVO-referens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lex Maria: motivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAS beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markera en åtgärd i tabellen först.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny uppf&amp;öljning …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny åt&amp;gärd …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nästa s&amp;teg: {steg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omedelbar åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risken är hög eller konsekvensen betydande. MAS beslutar om en händelseanalys och bedömer lex Maria nedan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skäl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara ana&amp;lysen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Str&amp;yk vald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj en avvikelse i listan för att se och följa upp den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj en åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effekt ej uppnådd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effekt kan inte bedömas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effekt uppnådd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej klassad ännu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faktisk konsekvens: {konsekvens}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>försenad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>görs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>görs inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mellan vårdgivare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>riskbedömning {poang} ({niva})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tid okänd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Än&amp;dra uppgifter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra varför &amp;inga åtgärder behövs …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna igen …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvvikelseFormular</name>
    <message>
        <source> · MAS beslutar om händelseanalys och lex Maria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Händelsedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Omedelbar åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vad hände</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inaktiv kategori)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikelse mellan vårdgivare (kommun ↔ region m.fl.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du har ändrat i avvikelsen. Vill du stänga utan att spara?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ej bedömd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ej klassad ännu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extern referens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faktisk konsekvens för &amp;patienten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formuläret visar nu den sparade versionen. Din version finns kvar här: för över det du vill ha kvar och spara igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frivilligt, syns bara internt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förklaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Händelsedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importerad utan klockslag. Ange klockslaget om du vet det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klockslag för händelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kort: vad gäller avvikelsen? (krävs för Annat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läkemedel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Möjlig konsekvens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny avvikelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporterad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapportörens namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapportörens roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riskbedömning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammanställningen räknar skälet, aldrig förklaringen. Klassas av MAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sannolikhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skäl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara (Ctrl+Retur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng utan att spara?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ av fel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underkategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upptäckt av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad hände? Skriv inga namn eller personnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj konsekvens och sannolikhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tid okänd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra avvikelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärendenummer i journalsystemet eller regionens referens (exporteras aldrig)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvvikelseSida</name>
    <message>
        <source>&amp;Exportera listan (intern) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importera …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kategorier …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny avvikelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sammanställning …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Veckogenomgång …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Öppna mappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Överenskommelser …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 avvikelse sparades i {fil}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bara avvikelser med åtgärder som passerat sista datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV för Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportera listan – intern, innehåller personuppgifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporterar avvikelser …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Försenade åtgärder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importen är klar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klassa &amp;Annat …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klassa förklaringarna under Annat efter skäl, för sammanställningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lex Maria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listan som den är filtrerad, till Excel eller CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listan är exporterad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapp: {mapp}

Filen är ett internt arbetsdokument: den innehåller beskrivningar och enhetsnamn. Skicka den inte till regionen; det anonymiserade underlaget görs under Export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mellan vårdgivare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrera en ny avvikelse (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sök i beskrivningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sök i beskrivningar …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avvikelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avvikelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} avvikelser sparades i {fil}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Överenskommelser och rutiner mellan vårdgivare, med nationella koder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvvikelseTabellModell</name>
    <message>
        <source>Borttagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsekvens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lex Maria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mellan vårdgivare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tid okänd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bakgrundsjobb</name>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryter …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeslutDialog</name>
    <message>
        <source>&amp;Delegerande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gäller från</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kunskapstest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Utbildning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Villkor och begränsningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbetsuppgifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegeringen ges &amp;till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheter där delegeringen gäller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förnya delegering {nr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genomförd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inte registrerat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny delegering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till exempel: gäller endast insulinpenna med förfylld dos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj legitimerad personal …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj person …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>till och med</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bildfonster</name>
    <message>
        <source>Skrivbord – handbok – bild</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>&amp;Aktivera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny punkt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tillsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktivera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklistans punkter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklistor för läkemedelstillsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En punkt som en sparad tillsyn har besvarat tas inte bort utan blir inaktiv, och en ändrad text blir en ny punkt, så att gamla protokoll behåller sina frågor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punktens fråga:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta &amp;bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (inaktiv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra &amp;text …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra punkt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklistvy</name>
    <message>
        <source>Ansvarig för åtgärden, punkt {nr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommentar till punkt {nr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nej – åtgärd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svar på punkt {nr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj ansvarig …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärd för bristen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärd för punkt {nr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärden klar senast, punkt {nr}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegeringModell</name>
    <message>
        <source>Arbetsuppgifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegerande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Från</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAS informerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen inaktiv – återkalla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till och med</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegeringSida</name>
    <message>
        <source>&amp;Arbetsuppgift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beslut som PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Förnya …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Läge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MAS informerad i dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny delegering …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personens delegeringar …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sök</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uppgifter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 delegering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktuella</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla uppgifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla, med historik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Att å&amp;tgärda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegeringar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegeringar av hälso- och sjukvårdsuppgifter: personliga, skriftliga, tidsbegränsade till högst ett år och återkallbara (SOSFS 1997:14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegeringsbeslut {nr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegeringsregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga delegeringar med det här urvalet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register som P&amp;DF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara beslutet (internt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara registret (internt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tä&amp;ckning per vecka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{antal} delegeringar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{galler} gällande · {gar_ut} går ut inom 30 dagar · {utgangna} utgångna utan förnyelse · {inaktiva} hos inaktiva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Årlig &amp;genomgång</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åter&amp;kalla …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EgenkontrollSida</name>
    <message>
        <source>&amp;Ny egenkontroll …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det gick inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egenkontroller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egenkontrollplanen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frekvens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender och resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Källa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ämnden …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nämnden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nämnden (eller utskottet) som egenkontrollerna redovisas för</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nämnden (eller utskottet) som egenkontrollerna redovisas för:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omfattning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planen för egenkontroll: vad som kontrolleras, var, hur ofta och av vem. Planen ger tillfällen per enhet i kalendern, där resultaten registreras. Veckogenomgångar, läkemedelstillsyn och logguppföljning gör sina tillfällen klara själva.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporteras till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa &amp;vilande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} kontroller i planen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{omrade} (vilande)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ä&amp;ndra …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Årshjul</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Egenkontrollfilter</name>
    <message>
        <source>Alla enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hela kommunen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>År</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnhetDialog</name>
    <message>
        <source>&amp;Namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegeringar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheten &amp;startade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheten har ett &amp;läkemedelsförråd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhets&amp;chef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhetschefen gör &amp;veckogenomgångar av fall- och läkemedelsavvikelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förvalt efter typen {typ}; ändra om enheten är annorlunda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen vald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Med förråd ingår enheten i läkemedelstillsynen (narkotika varje månad).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minsta antal i enhetens personal som ska ha en giltig delegering för uppgiften. Lämna 0 där det inte finns något krav.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veckogenomgångar räknas från startdatum; utan datum från att databasen skapades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra enhet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnhetFlik</name>
    <message>
        <source>&amp;Ny enhet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Veckogenomgångar per typ …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Använda&amp;re i servern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunens enheter. Typen ger förvalen för en ny enhet; sedan gäller enhetens egna uppgifter. En enhet som har avvikelser eller annan historik kan inte tas bort: inaktivera den i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort enheten {namn}? Det går inte att ångra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} enheter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnkelSida</name>
    <message>
        <source>Registrering och uppföljning här kommer i en senare version av Skrivbord.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Etiketter</name>
    <message>
        <source>1 gång/år ({manader})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 gånger/år (mar, jun, sep, dec)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla aktiva enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulanssjukvård</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anmäld till IVO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annan kommun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annan skada som krävt vård</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annan åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbetsterapeut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutat med kritik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutat utan kritik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikelse upptäckt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikelser mellan vårdgivare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikelser per enhetstyp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikelser per kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikelser per konsekvens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedömd: ej aktuell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedömning av personuppgiftsincident (inom 72 timmar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedömning enligt lex Maria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begärt komplettering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bemanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brister som åtgärdas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Börjar gälla senare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagverksamhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distriktssköterska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosapotek/apotek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosapotek/leverans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosett saknas / läkemedel slut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dödsfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egenkontroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ej aktuell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ej aktuellt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ej anmäld efter utredning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ej bedömd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ej godkänt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheter av valda typer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheter med läkemedelsförråd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheter som gör veckogenomgångar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhetschef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ersatt av förnyelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extern kvalitetsgranskning (farmaceut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fel dos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fel eller försenad dosleverans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fel eller oklar ordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fel läkemedel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fel patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fel tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felaktig förvaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortsatt tillsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraktur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fysioterapeut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Försenad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förvaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genomgång av fallavvikelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genomgång av läkemedelsavvikelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godkänt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gäller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Går ut inom 30 dagar och är inte förnyad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Går ut snart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Har gått ut och är varken förnyad eller återkallad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hela kommunen (ett tillfälle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hemsjukvård</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hemtjänst / ordinärt boende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen avvikelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen skada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iordningställande/dosett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunikation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kompetens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korttidsboende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kvartalsvis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSS-boende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lex Maria: anmälningar till IVO (efter anmälningsdatum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lindrig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lindrig skada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logguppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logguppföljning: stickprov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logguppföljning: systematisk kontroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läkemedelstillsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läkemedelstillsyn: MAS interna tillsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läkemedelstillsyn: extern kvalitetsgranskning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läkemedelstillsyn: narkotikakontroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läkemedelstillsyn: övriga läkemedel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAS interna tillsyn (2 gånger/år)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicinskt ansvarig sjuksköterska (MAS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mellan vårdgivare: motpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mellan vårdgivare: mottagna och skickade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mellan vårdgivare: orsaksområden i analyserna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mellan vårdgivare: överenskommelse som inte följdes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miljö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mottagen från motparten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Månadsvis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Måttlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narkotika-saldo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narkotikakontroll (1 gång/månad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narkotikasaldot stämmer inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Närstående</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oenighet: första linjens chefer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oenighet: nästa ledningsnivå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omsorgspersonal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patienten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patienten och närstående</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patientfaktorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen är inaktiv men delegeringen är inte återkallad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privat vårdgivare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psykiatri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pågår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport till personuppgiftsansvarig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regionens sjukhusavdelning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultat registreras på tillfället</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riktad kontroll vid misstanke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rutiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtal med medarbetaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signering saknas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sjuksköterska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skickad till motparten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specifika månader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickprov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systematisk månadskontroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Särskilt boende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teknik/MTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tvist: högsta chefs- eller politisk nivå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Två gånger per år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under utredning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undersköterska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppföljd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utan anmärkning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utebliven dos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utförd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utförd i tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utförd sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utgången</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utreds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valda enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varje månad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varje vecka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veckogenomgång av fallavvikelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veckogenomgång av läkemedelsavvikelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veckovis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vårdbiträde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vårdcentral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>april</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>augusti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>december</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>februari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>januari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>november</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oktober</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>september</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} gånger/år ({manader})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Årlig genomgång av enhetens delegeringar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Årligen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återkallad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärder beslutade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Överlämnande/administrering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Övriga läkemedel (4 gånger/år)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSida</name>
    <message>
        <source>Aggregatet sparades i mappen {namn}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregatet till regionens samverkansråd: antal avvikelser per nationell kod för en period, utan fritext, namn, enheter eller datum. Små tal visas som &lt;5 och fler celler döljs (x) så att de inte går att räkna fram. Förhandsvisningen visar exakt det som sparas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ange kommunens namn och kod innan aggregatet exporteras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhetstyp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter som gjorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>För regionen: lägg ihop kommunernas exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förhandsvisa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förhandsvisning {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gräns för små tal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hur mycket som döljs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsekvens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lex Maria-anmälningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Länets sammanställning …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mellan vårdgivare ja/nej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mottagen eller skickad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obs: du har tidigare exporterat {perioder}, som delvis täcker samma dagar. Skillnaden mellan två sådana exporter kan visa ett dolt tal. Skicka samma periodlängd som förut (och en pågående period först när den är slut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orsaksområde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara aggregatet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparar aggregatet {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidigare exporter som överlappar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppdelningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj mappen aggregatet sparas i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period}: {dolda} av {celler} celler döljs ({andel} %). &lt;{n} = 1 till {m} händelser; x = dolt för att skydda ett litet tal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: {dolda} av {celler} dolda – använd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Överenskommelse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exportlogg</name>
    <message>
        <source>Dolda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportlogg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gräns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forhandsvisning</name>
    <message>
        <source>Antal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dolt så att de små talen inte går att räkna fram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förhandsvisning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grupp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Litet tal (1 till {n}), visas inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formular</name>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForstaStartGuide</name>
    <message>
        <source>&amp;Börja arbeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nästa &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; T&amp;illbaka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skapar demodatabasen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrivbord – kom igång</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenomgangDialog</name>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Genomförd av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kommentar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genomgången ändrades medan du skrev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj enhet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj person …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Årlig genomgång av delegeringar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenomgangsVisning</name>
    <message>
        <source>Avvikelser som gicks igenom ({antal})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Händelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga avvikelser gicks igenom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga nya åtgärder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inget beslut antecknat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nya åtgärder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veckogenomgången</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{atgard} (avvikelse {id}, senast {datum}, {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{enhet} · vecka {vecka} {ar} · hölls {datum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typ}, {enhet}, v. {vecka} {ar}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Genomgangsflik</name>
    <message>
        <source>&amp;Ny genomgång …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En gång per år går ansvarig sjuksköterska igenom enhetens delegeringar. Genomgången gör egenkontrollen Tillsyn av delegeringar klar för enheten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genomförd av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Årliga genomgångar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ö&amp;ppna …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandbokFonster</name>
    <message>
        <source>Avsnitt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbokens text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inget avsnitt innehåller ”{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrivbord – handbok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sök i handboken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sök i handboken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visar avsnitten som innehåller alla orden (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorikDialog</name>
    <message>
        <source>Arbetsuppgifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegerande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegeringar för {namn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Från</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förnyad som nr {nr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen är inaktiv i personalregistret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personens delegeringar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till och med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>förnyar nr {nr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återkallad {datum} av {vem}: {orsak}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återkallelse / förnyelse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorikModell</name>
    <message>
        <source>Avvikelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genomgång</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hölls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vecka</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Huvudfonster</name>
    <message>
        <source>&amp;Arkiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enheter och personal …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exportera listan (intern) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handbok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importera …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inställningar …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kategorier …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny avvikelse …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny databas …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Om Skrivbord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sammanställning …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Senast använda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Veckogenomgång …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anslut till se&amp;rver …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anslut till server …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansluter till servern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avv&amp;ikelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databas: {namn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegeringar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egenkontroller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga databaser ännu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen databas är öppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inloggad som: {anvandare}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klassa &amp;Annat …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kom igång …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommun: {kommun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logguppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läkemedelstillsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lösenordet förvaras i datorns nyckelring, inte i någon fil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckel: {plats}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skapa en ny databas för kommunen, öppna demodatabasen för att prova, öppna en befintlig databasfil eller anslut till kommunens server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrivbord-databas (*.db);;Alla filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopian är sparad: {namn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopiera &amp;nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopierar före stängning …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopierar …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veckogenomgångar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bara i minnet (ingen nyckelring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Å&amp;terställ från säkerhetskopia …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ö&amp;ppna databas …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna &amp;loggmappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna databas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna databas …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Översikt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>(ingen kolumn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(välj vad det betyder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 avvikelse importerades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 avvikelse importeras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rad fanns redan och hoppades över.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rad med fel hoppades över.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fast värde&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Kolumn i filen&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Uppgift&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV eller Excel (*.csv *.txt *.xlsx);;Alla filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast värde för {falt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fel rad för rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fel rad för rad (radnummer som i Excel):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil att importera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förhandsgranska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förhandsgranska raderna innan du importerar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förhandsgranskning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granskar raderna …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gäller rader där kolumnen saknas eller cellen är tom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importera avvikelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importera raderna utan fel och hoppa över raderna med fel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importerar avvikelser …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga fel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen ny rad att importera: alla {d} rader är redan importerade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen ny rad att importera: {d} rader är redan importerade och {fel} har fel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen rad kan importeras: alla {n} rader har fel. Rätta filen eller mappningen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen rad kan importeras: filen har inga rader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolumner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läser filen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redan importerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad som importeras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad ”{varde}” betyder ({falt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj en CSV-fil eller Excel-arbetsbok (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj en fil att importera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj fil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj först vad värdena som Skrivbord inte känner igen betyder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj vad filens namn betyder i Skrivbord, så behöver filen inte ändras. Valen sparas till nästa fil med samma kolumner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj vilken kolumn i filen varje uppgift står i. Ett fast värde gäller alla rader där kolumnen saknas eller cellen är tom. * krävs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Värden som Skrivbord inte känner igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fel} av {rader} rader har fel. Rätta dem, i filen eller med mappningen, eller kryssa i att raderna med fel hoppas över.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} av de nya saknar klockslag och sparas med tid okänd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} avvikelser importerades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} avvikelser importeras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rader fanns redan och hoppades över.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rader i {namn}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rader med fel hoppades över.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rader med fel hoppas över.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rader} rader: {nya} nya, {dubbletter} redan importerade, {fel} med fel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>”{varde}” (1 rad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>”{varde}” ({n} rader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… och {n} värden till. Är rätt kolumn vald för {falt}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IngaAtgarderDialog</name>
    <message>
        <source>&amp;Varför behövs inga åtgärder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga åtgärder behövs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till exempel: en engångshändelse där rutinen följdes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varför behövs inga åtgärder?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallningarDialog</name>
    <message>
        <source>Dagliga kopior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gör en krypterad säkerhetskopia när databasen stängs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Högst en kopia per dygn görs vid stängning. Den senaste kopian från var och en av de senaste dagarna, veckorna och månaderna sparas; äldre tas bort. Varje kopia är krypterad med databasens nyckel och kontrolleras när den skrivs. Välj gärna en nätverksenhet eller ett USB-minne, så finns kopiorna kvar om datorn går sönder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inställningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapp för säkerhetskopior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Månadskopior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senast använda databaser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara en kopia per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardmappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Töm listan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veckokopior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dagar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>månader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veckor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mapp} (standard)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalsystemDialog</name>
    <message>
        <source>&amp;Byt namn …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lägg till …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byt namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journalsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt journalsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systemen vars åtkomstloggar följs upp. Ett urbockat system erbjuds inte längre i formuläret men finns kvar i sina protokoll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{namn} ({antal} protokoll)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kalendervy</name>
    <message>
        <source>&amp;Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registrera resultat …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;År</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla tillfällen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blir klart när det registreras som {kalla}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brister: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumenterat som {kalla}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;j aktuellt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xportera till kalender (.ics) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egenkontroller {ar}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egenkontrolltillfällen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ej aktuellt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Försenade och planerade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hela kommunen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender {ar}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalendern sparades som {namn}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalendern visar nu det som är sparat ({lage}). Din text står kvar: spara den om tillfället ändå inte är aktuellt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klar senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporten sparades som {namn}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv &amp;rapport (PDF) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara egenkontrollrapporten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara kalendern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickprov föreslås {datum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tillfället ändrades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utförd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varför är tillfället inte aktuellt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Å&amp;ngra resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ö&amp;ppna formuläret …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KatalogDialog</name>
    <message>
        <source>&amp;Byt namn …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lägg till …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ta i bruk igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ta ur bruk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbetsuppgifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbetsuppgifter som kan delegeras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byt namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byt namn …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det gick inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporten till regionen räknar {namn} under koden (kodlista {version}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan inte sparas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationell kod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationell kod …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny arbetsuppgift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt namn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgiftens namn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgifterna som väljs i ett delegeringsbeslut. En uppgift som inte längre delegeras tas ur bruk; den tas aldrig bort, så äldre beslut behåller sitt namn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{namn}   (räknas som {kod} i exporten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{namn} (ur bruk)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KategoriDialog</name>
    <message>
        <source>Avvikelsekategorier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bocka ur en kategori för att sluta erbjuda den i formuläret. En kategori som används kan inte tas bort, så statistiken bakåt stämmer. Den nationella koden är vad exporten till regionen räknar kategorin som; en ny kategori räknas som Annat tills du kopplar den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategorier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny kategori …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LakemedelstillsynSida</name>
    <message>
        <source>&amp;Checklistor …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny tillsyn …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tillsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;År</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 tillsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla tillsyner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga läkemedelstillsyner med det här urvalet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läkemedelstillsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läkemedelstillsyn {ar}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läkemedelstillsyner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll för läkemedelstillsyn {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll som &amp;PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara protokollet (internt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara årsöversikten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tillsynen av läkemedelshanteringen på varje enhet: narkotikakontroll varje månad, övriga läkemedel varje kvartal, MAS interna tillsyn två gånger per år och extern kvalitetsgranskning av farmaceut. Ett nej blir ett fynd med en åtgärd; ett narkotikasaldo som inte stämmer blir en avvikelse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{antal} tillsyner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Års&amp;översikt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ö&amp;ppna …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanDialog</name>
    <message>
        <source>Exporter att sammanställa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till kommunernas exportmappar (eller en mapp som innehåller dem). Varje fil kontrolleras mot sitt manifest; bara det kommunerna publicerat summeras, och där en kommun dolt ett litet tal står &quot;minst&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till mapp …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till minst en export först.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Länets sammanställning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Länets sammanställning sparades i mappen {namn}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saknas för perioden: {kommuner}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammanställ …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj en export eller en mapp med exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj mappen länets filer sparas i</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LexMariaRuta</name>
    <message>
        <source>Anmälan skickad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedömning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum då anmälan skickades till IVO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum då de informerades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum då nämnden informerades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum för IVO:s beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum för lex Maria-bedömningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVO-referens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVO:s beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVO:s diarienummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen ännu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inget beslut ännu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lex Maria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nämnden informerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara &amp;bedömningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vem som informerades om vårdskadan och anmälan (PSL 3 kap. 8 §), och när</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogguppfoljningDialog</name>
    <message>
        <source>&amp;Beskrivning av avvikelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Granskare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journalsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slag av kontroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antal &amp;användare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antal journal&amp;åtkomster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikande å&amp;tkomster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskrivning av avvikelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granskad &amp;period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granskad period från</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granskad period till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granskningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hela kommunen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logguppföljning {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny logguppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokollet ändrades medan du skrev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signerat av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv inga uppgifter som kan identifiera en patient: inga namn, personnummer eller samordningsnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till exempel: loggrapport för månaden, granskad mot vårdrelation och schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad som avvek, i allmänna termer, utan uppgifter om patienten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidtagna åtgärder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidtagna åtgärder (vid avvikelse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj ur listan eller skriv ett nytt system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{namn} (inaktiv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Övriga &amp;iakttagelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Övriga iakttagelser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogguppfoljningModell</name>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granskare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journalsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signerat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogguppfoljningSida</name>
    <message>
        <source>&amp;Journalsystem …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny logguppföljning …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;År</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 granskning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga logguppföljningar med det här urvalet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logguppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logguppföljning {ar}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logguppföljningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll för logguppföljning {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll som &amp;PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll-mall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara protokoll-mallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara protokollet (internt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara årssammanställningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tom protokoll-&amp;mall …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppföljningen av journalsystemets åtkomstloggar: systematiska kontroller varje månad, stickprov och riktade kontroller vid misstanke. Varje granskning dokumenteras i ett protokoll utan uppgifter som kan identifiera en patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{antal} granskningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Års&amp;sammanställning …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ö&amp;ppna …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manadsdiagram</name>
    <message>
        <source>Avvikelser per månad, {ar} och {fjol}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>april</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>augusti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>december</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>februari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>januari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>november</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oktober</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>september</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{manad}: {m} i fjol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{manad}: {n} hittills i år, {m} i fjol (hela månaden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{manad}: {n} i år, {m} i fjol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MellanVardgivareGrupp</name>
    <message>
        <source>Datum då motparten underrättades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum för motpartens svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eskaleringstrappan: första linjens chefer, nästa ledningsnivå, tvist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen oenighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mellan vårdgivare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motparten har svarat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motparten underrättad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motpartens enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motpartens svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oenighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riktning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T.ex. avdelning eller vårdcentral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad följdes inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vårdgivare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Överenskommelse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NyAtgardDialog</name>
    <message>
        <source>&amp;Ansvarig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen vald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klar senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till en person i personalen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmDialog</name>
    <message>
        <source>Databas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckeln förvaras i:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om Skrivbord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patientsäkerhetsarbete i kommunal hälso- och sjukvård: egenkontroll, läkemedelstillsyn, delegeringar, avvikelser och logguppföljning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingen databas är öppen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverenskommelseDialog</name>
    <message>
        <source>Ny överenskommelse …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Överenskommelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Överenskommelser mellan vårdgivare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Överenskommelser och rutiner som en avvikelse mellan vårdgivare kan gälla, till exempel regionens rutin för in- och utskrivning. Bocka ur en för att sluta erbjuda den; en som används kan inte tas bort. Den nationella koden är vad exporten till regionen räknar den som.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OversiktSida</name>
    <message>
        <source>&amp;Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ {n} till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktiva enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla veckogenomgångar de två senaste veckorna är gjorda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikelser i år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikelser per månad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikelser som väntar ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegeringar att förnya ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegeringar som går ut inom 30 dagar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegeringar som går ut inom 30 dagar, och de som gått ut de senaste 90 dagarna utan att förnyas eller återkallas medan personen arbetar kvar. Klicka för sidan Delegeringar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efter planerat datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egenkontroller att göra ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egenkontroller efter planerat datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hela kommunen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga delegeringar går ut inom 30 dagar, och ingen har gått ut utan att förnyas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga åtgärder är försenade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inom 14 dagar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klicka för att registrera resultatet eller öppna det som dokumenterar egenkontrollen. d = dagar efter planerat datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klicka på en vecka för att registrera genomgången.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunkod {kod}. Siffrorna gäller hela kommunen i dag, {datum} (v. {vecka}), och uppdateras när du går tillbaka till sidan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mina enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numret är avvikelsens; klicka för att öppna den. d = dagar efter sista datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numret är avvikelsens; klicka för att öppna den. d = dagar sedan händelsen. Avvikelser bedöms och analyseras varje vecka: efter 14 dagar har två veckogenomgångar gått utan utredning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>På uppföljning, åtgärderna klara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>På utredning, 14 dagar eller mer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saknade veckogenomgångar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saknade veckogenomgångar, de två senaste veckorna (1 enhet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saknade veckogenomgångar, de två senaste veckorna ({n} enheter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siffrorna gäller dina enheter ({enheter}) i dag, {datum} (v. {vecka}); aktiva enheter och personal gäller hela kommunen. De uppdateras när du går tillbaka till sidan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siffrorna gäller {enhet} i dag, {datum} (v. {vecka}); aktiva enheter och personal gäller hela kommunen. De uppdateras när du går tillbaka till sidan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SÄBO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veckogenomgångar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa alla {n} på sidan Avvikelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aktiva i personalregistret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dagverksamhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fall och läkemedel, de två senaste veckorna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>förnya dem i tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gick ut {datum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hemsjukvård</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hemtjänst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inga just nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inga ännu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingen ansvarig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inte avslutade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>korttid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>läkemedel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>och {n} utgångna utan förnyelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planerade eller pågående</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.o.m. {datum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} inom 14 dagar · {n} kontroller i planen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} gäller för personer som är inaktiva: återkalla dem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} samma period i fjol, {m} hela {ar}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}&#xa0;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typ} v.&#xa0;{vecka}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärder efter sista datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärder efter sista datum ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna avvikelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Översikt – {kommun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… och {n} enheter till. Se sidan Veckogenomgångar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… och {n} till: sidan Delegeringar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… och {n} till: sidan Egenkontroller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfSpara</name>
    <message>
        <source>Klart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF:en sparades som {namn}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>&amp;Aktiv (kan väljas i formulären)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Efternamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Förnamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legitimerad (får delegera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{namn} (inaktiv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalFlik</name>
    <message>
        <source>&amp;Ny person …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sök:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mportera från fil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namn, roll eller enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal som kan vara ansvarig för åtgärder, enhetschef, ge eller få delegeringar. Importera många på en gång från en CSV- eller Excelfil. Den som har historik kan inte tas bort: inaktivera personen i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort {namn} ur personalen? Det går inte att ångra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} av {totalt} personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} personer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalImportDialog</name>
    <message>
        <source>&amp;Välj fil och importera …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV eller Excel (*.csv *.txt *.xlsx);;Alla filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempel på en fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fel rad för rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importera personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importerade: {nya} · Fanns redan i registret: {fanns} · Rader med fel: {fel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importerar personal …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inget importerades: {fel} av {rader} rader har fel. Rätta dem i filen och importera den igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klart: {nya} personer lades till i registret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll skrivs som i Skrivbord (Undersköterska, Sjuksköterska …) eller förkortat (usk, ssk). Flera enheter skiljs med komma, semikolon eller |, och enheterna ska finnas i registret. Legitimerad (ja/nej) får saknas: då gäller rollen. Den som redan finns (samma namn och roll) hoppas över. Har någon rad fel importeras ingenting, och felen visas rad för rad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj en CSV-fil eller Excel-arbetsbok (.xlsx) med en person per rad och de här kolumnerna på första raden:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>&amp;Aktiv (ger tillfällen i kalendern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beskrivning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dokumenteras i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frekvens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Källa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nsvarig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klar senast sista dagen varje månad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klar senast sista mars, juni, september, december.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klar senast söndag varje vecka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Månad {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationellt områd&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny egenkontroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nämnden ({namnd})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;mfång</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporteras till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad exporten till regionen räknar egenkontrollen som (kodlista {v})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valda enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj de två månader då den ska vara klar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj den månad då den ska vara klar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj månaderna då den ska vara klar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra egenkontroll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rakningsvy</name>
    <message>
        <source>&amp;Lägg till preparat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 saldo stämmer inte och blir en avvikelse när tillsynen sparas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla räknade saldon stämmer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommentar (krävs vid differens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narkotikaräkning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Räknat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Räkning rad {nr}: skriv saldona som tal, till exempel 12 eller 12,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Styrka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta &amp;bort rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varje differens är registrerad som en avvikelse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kommentar} (avvikelse nr {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} saldon stämmer inte; vart och ett blir en avvikelse när tillsynen sparas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>&amp;Enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheter och personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registertabell</name>
    <message>
        <source>Aktiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheten har ett läkemedelsförråd (läkemedelstillsyn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhetschef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhetschefen gör veckogenomgångar av fall- och läkemedelsavvikelser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läkemedelsförråd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startdatum: veckogenomgångar räknas därifrån (tomt: från att databasen skapades).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veckogenomgångar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultatDialog</name>
    <message>
        <source>&amp;Brister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lägg till åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{omrade}&lt;/b&gt;&lt;br&gt;{plats} · klar senast {datum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarig för åtgärden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskriv åtgärden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du hade valt Brister.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du hade valt OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hela kommunen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen vald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultat av egenkontroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sista datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparat nu: {lage} ({orsak}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparat nu: {lage}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tillfället ändrades medan du skrev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utförd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utförd av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utförd datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad ska göras?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingen ansvarig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} · {ansvarig} · senast {datum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärder för bristerna</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SammanstallningDialog</name>
    <message>
        <source>2025 = helår, 2025H1/2025H2 = halvår, 2025Q3 = kvartal.
Pågående period: till och med i går, mot samma datum tidigare år.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammanställning av avvikelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammanställning {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammanställningen sparades som {namn}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skapa PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara sammanställningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara som</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kod} – hittills ({dagar})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamtidigAndringPanel</name>
    <message>
        <source>Använd din text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikelsen ändrades medan du skrev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Din version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Din version: {falt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du hade också ändrat: {falt}. Välj dem igen i formuläret om de ska gälla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ersätt fältet i formuläret med din text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extern referens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faktisk konsekvens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formuläret fylls med det som är sparat nu. Din version finns kvar här.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förklaring (Annat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hämta den sparade versionen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Händelsedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopiera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopiera din text, för att klistra in den i formuläret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läkemedel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mellan vårdgivare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motpartens enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motpartens svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omedelbar åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporterad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapportörens namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapportörens roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riskbedömning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skäl (Annat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underkategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad hände</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad i överenskommelsen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamtidigRuta</name>
    <message>
        <source>&amp;Hämta den sparade versionen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Använd din text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Din version: {falt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ersätt fältet i formuläret med din text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formuläret fylls med det som är sparat nu. Din text finns kvar här.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formuläret visar nu den sparade versionen. Din text står kvar nedan: för över det du vill ha kvar och spara igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formuläret visar nu den sparade versionen. Gör din ändring igen och spara.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopiera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopiera din text, för att klistra in den i formuläret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeranvandareDialog</name>
    <message>
        <source>&amp;Enheter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inloggning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lägg till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lösenord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Användare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Användare i serverdatabasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De som kan logga in i den delade databasen. En enhetschef ser och ändrar bara sina enheters uppgifter, en läsare ser antal men ingen fritext; det håller databasservern själv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhetschefens enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inloggning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lösenorden är inte lika.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lösenordet &amp;igen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny användare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta &amp;bort vald användare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort användare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort inloggningen {login}? Det hon skrivit finns kvar, men hon kan inte logga in längre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>till exempel anna.andersson</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tackningsvy</name>
    <message>
        <source>&amp;Vecka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;År</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla veckor når enheternas minsta antal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antal aktiva i personalen med en delegering som gäller hela veckan. Rött: färre än enhetens minsta antal (Register → Enheter och personal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhet / arbetsuppgift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Täckning per enhet och vecka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{antal} av minst {minsta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} av {alla} enheter har veckor under minsta antal: {namn}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} av {alla} veckor har någon uppgift under minsta antal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillsynDialog</name>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kommentar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tillsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Utförd av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besvara obesvarade med &amp;Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fynd och åtgärder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga fynd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läkemedelstillsyn {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narkotikaräkning mot narkotikajournalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny läkemedelstillsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varje punkt besvaras. Ett nej blir ett fynd med en åtgärd som följs upp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.ex. farmaceut, annan sjuksköterska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fynd}: {atgard} – {ansvarig}, senast {senast} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Övriga &amp;deltagare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillsynModell</name>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nej-svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saldodifferenser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tillsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utförd av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna åtgärder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UppfoljningDialog</name>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja, effekten uppnåddes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan inte bedömas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nej, inte ännu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny uppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nästa steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppnåddes effekten?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Varningsflik</name>
    <message>
        <source>Arbetsuppgifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Att åtgärda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegeringar att åtgärda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inget att åtgärda just nu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till och med</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VeckogenomgangDialog</name>
    <message>
        <source>&amp;Avvikelser som gicks igenom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Genomgång</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hölls den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lägg till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga avvikelser av det här slaget för veckan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga nya åtgärder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markera en avvikelse i listan och skriv åtgärden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny åtgärd för markerad avvikelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny åtgärd klar senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nya åtgärder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vecka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veckogenomgång</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{atgard} (avvikelse {id}, senast {datum})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Äldre öppen avvikelse, från före förra genomgången.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>År</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VeckogenomgangSida</name>
    <message>
        <source>&amp;Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saknas de fyra senaste veckorna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saknas de fyra senaste veckorna ({antal})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;År</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 genomgång</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla genomgångar de fyra senaste veckorna är gjorda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dubbelklicka eller tryck Retur för att registrera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhetschefen går varje vecka igenom enhetens fall- och läkemedelsavvikelser med teamet och dokumenterar deltagare, beslut och nya åtgärder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hållna veckogenomgångar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga hållna genomgångar med det här urvalet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrera veckogenomgång …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saknade veckogenomgångar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veckogenomgångar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>läkemedel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{antal} genomgångar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{enhet} · {typ} v. {veckor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{namn} (inaktiv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typ}, {enhet}: vecka {veckor} saknas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VeckogenomgangstyperDialog</name>
    <message>
        <source>&amp;Spara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheter av de ikryssade typerna gör veckogenomgångar av fall och läkemedelsavvikelser. Det här är förvalet för nya enheter; varje enhet kan sedan ändras för sig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheterna ändrades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veckogenomgångar per enhetstyp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} enheter ändrades så att de följer sin typ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra även &amp;befintliga enheter av dessa typer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_EnhetSida</name>
    <message>
        <source>&amp;Lägg till enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ta bort markerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhetstyp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till minst en enhet och skriv dess namn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Två enheter har samma namn. Ge dem olika namn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verksamhetens enheter, var och en med sin typ. Det räcker med en för att börja; fler kan läggas till senare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Flik</name>
    <message>
        <source>&amp;Aktivera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inaktivera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visa inaktiva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det gick inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta &amp;bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Än&amp;dra …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Formdialog</name>
    <message>
        <source>Avvikelsen ändrades medan du skrev</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_KommunSida</name>
    <message>
        <source>Kommunen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunens namn och SCB:s fyrsiffriga kommunkod. De syns i rapporter och sammanställningar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunens namn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunkod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>till exempel 2480</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>till exempel Provby kommun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_NyckelSida</name>
    <message>
        <source>&amp;Kopiera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen är skapad. Spara återställningsnyckeln och kryssa i rutan innan du går vidare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasens nyckel är sparad i {plats}, så på den här datorn öppnas databasen utan att du behöver skriva något.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den här datorn har ingen säker nyckelring, så nyckeln sparas inte. Du behöver skriva in återställningsnyckeln varje gång databasen öppnas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jag har sparat återställningsnyckeln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopiera nyckeln, t.ex. till kommunens lösenordshanterare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckeln är kopierad. Klistra in den där den ska förvaras; urklippet töms om två minuter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut nyckeln eller spara den som PDF och förvara den inlåst. Den visas bara nu och behövs för att öppna databasen på en annan dator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara som &amp;PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara återställningsnyckeln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparad som {namn}. Skriv ut den och radera filen sedan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återställningsnyckel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PlatsSida</name>
    <message>
        <source>Databasen är en enda krypterad fil. Den vanliga platsen passar de flesta; välj en annan om kommunens IT har bestämt var filen ska ligga.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasfil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen krypteras med en slumpad nyckel som sparas i {plats}. På nästa sida visas en återställningsnyckel som du sparar på ett säkert ställe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obs: den här datorn saknar en säker nyckelring. Du behöver skriva in återställningsnyckeln (den visas på nästa sida) varje gång databasen öppnas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skapa databasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrivbord-databas (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara databasen som</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Var databasen sparas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj var databasfilen ska sparas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_StartSida</name>
    <message>
        <source>Anslut till kommunens server …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du anger kommunen och dess enheter. Standardplanen för egenkontroll och avvikelsekategorierna läggs in, och du kan ändra dem senare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En påhittad kommun med tre års avvikelser, för att prova programmet eller visa det för andra. Inga riktiga uppgifter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om kommunen har en gemensam Skrivbord-databas på en server, så att MAS och enhetscheferna arbetar i samma uppgifter. Uppgifterna för anslutningen får du av kommunens IT eller MAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om kommunens databas redan finns, till exempel på en annan dator eller en gemensam disk. Du kan behöva återställningsnyckeln.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skapa en ny databas för min kommun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrivbord samlar kommunens patientsäkerhetsarbete i en krypterad databas: egenkontroller, läkemedelstillsyn, delegeringar, avvikelser och logguppföljning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrivbord-databas (*.db);;Alla filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välkommen till Skrivbord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna databas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna demodatabasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna en befintlig databasfil …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aterstallning</name>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den senaste hela säkerhetskopian av {databas} är från {tid}. Den är kontrollerad och kan läggas tillbaka nu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det som sparats efter {tid} finns inte i kopian. Den nuvarande filen tas inte bort: den läggs undan som {namn}.ersatt-&lt;datum_tid&gt;{suffix} i samma mapp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letar efter den senaste hela säkerhetskopian …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägger tillbaka säkerhetskopian …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrivbord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrivbord kan leta upp den senaste säkerhetskopian som är hel och lägga tillbaka den. Den skadade filen tas inte bort; den läggs undan bredvid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopior (*.db);;Alla filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj en annan kopia …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj en kopia …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj säkerhetskopia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återställ säkerhetskopia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återställ säkerhetskopia …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>databasval</name>
    <message>
        <source>Skrivbord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppnar databasen …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>krasch</name>
    <message>
        <source>Det du redan har sparat finns kvar. Starta gärna om programmet om något ser fel ut. Om felet kommer tillbaka: tryck på Kopiera detaljer och skicka texten till supporten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ett oväntat fel inträffade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopiera detaljer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporten finns också i filen {namn}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrivbord stötte på ett oväntat fel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
