#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes data/demo/core.json: the core part of the demo municipality Exempelkommun.

Everything here is fictional. The output is deterministic: uuids are uuid5 over a fixed
namespace and a stable key per row, and every timestamp is a fixed date in 2026, so that
running this again gives the same file byte for byte and a change shows as a small diff.

    python3 data/demo/make-demo.py            # writes data/demo/core.json next to this file
    python3 data/demo/make-demo.py -o FILE    # writes FILE instead

Python 3 standard library only.
"""

import argparse
import datetime
import json
import os
import uuid

# Never change this: every uuid in the demo (and in the plugins' demo parts that refer to
# core rows) is derived from it.
NAMESPACE = uuid.UUID("6f2d4a1e-9b3c-5e7a-8d10-2c4b6e8f0a13")

# The demo's "today": actions due before it and not done are overdue.
TODAY = datetime.date(2026, 11, 24)


def part_uuid(part, table, key):
    """The stable uuid of a row of one part of the demo (core or a plugin): uuid5 over NAMESPACE
    with the key "<part>/<table>/<key>". A plugin's generator binds its part with
    functools.partial(core.part_uuid, "<plugin>")."""
    return str(uuid.uuid5(NAMESPACE, f"{part}/{table}/{key}"))


def row_uuid(table, key):
    """The stable uuid of a demo row; plugins' generators use the same rule for core rows."""
    return part_uuid("core", table, key)


def stamp(day, minute_of_day=8 * 60):
    """ISO 8601 UTC with milliseconds, as the database writes them."""
    when = datetime.datetime.combine(day, datetime.time()) + datetime.timedelta(minutes=minute_of_day)
    return when.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def d(text):
    return datetime.date.fromisoformat(text)


# ---- organisation -----------------------------------------------------------------------------
# key, name, kind, parent key, is_controller, description
ORG_UNITS = [
    ("kommun", "Exempelkommun", "municipality", None, 0,
     "Kommun med cirka 45 000 invånare. Kommunfullmäktige är högsta beslutande organ; "
     "varje nämnd och kommunstyrelsen är personuppgiftsansvarig för sin egen verksamhet."),

    ("ks", "Kommunstyrelsen", "committee", "kommun", 1,
     "Leder och samordnar kommunens verksamhet och har uppsikt över nämnder och bolag. "
     "Ansvarar för kommungemensam IT, HR, ekonomi och kansli."),
    ("bun", "Barn- och utbildningsnämnden", "committee", "kommun", 1,
     "Ansvarar för förskola, grundskola, fritidshem, gymnasieskola och elevhälsa."),
    ("sn", "Socialnämnden", "committee", "kommun", 1,
     "Ansvarar för individ- och familjeomsorg, äldreomsorg och stöd enligt LSS."),
    ("tn", "Tekniska nämnden", "committee", "kommun", 1,
     "Ansvarar för gator, parker, vatten och avlopp samt kommunens fastigheter."),
    ("kfn", "Kultur- och fritidsnämnden", "committee", "kommun", 1,
     "Ansvarar för bibliotek, kulturskola, fritidsgårdar, idrottsanläggningar och "
     "föreningsbidrag."),
    ("mbn", "Miljö- och byggnadsnämnden", "committee", "kommun", 1,
     "Myndighetsnämnd för bygglov, strandskydd och tillsyn enligt miljöbalken och "
     "livsmedelslagen. Ärendena bereds av Samhällsbyggnadsförvaltningen; verksamheterna "
     "redovisas här eftersom nämnden är personuppgiftsansvarig för dem."),
    ("bostader", "Exempelkommuns Bostäder AB", "company", "kommun", 1,
     "Helägt kommunalt bostadsbolag med omkring 2 400 lägenheter. Eget "
     "personuppgiftsansvar och egen styrelse."),

    ("klf", "Kommunledningsförvaltningen", "administration", "ks", 0,
     "Kommunstyrelsens förvaltning. Leds av kommundirektören."),
    ("buf", "Barn- och utbildningsförvaltningen", "administration", "bun", 0,
     "Barn- och utbildningsnämndens förvaltning med cirka 1 100 medarbetare."),
    ("sof", "Socialförvaltningen", "administration", "sn", 0,
     "Socialnämndens förvaltning med cirka 1 300 medarbetare."),
    ("sbf", "Samhällsbyggnadsförvaltningen", "administration", "tn", 0,
     "Tekniska nämndens förvaltning; bereder även ärenden åt Miljö- och byggnadsnämnden."),
    ("kff", "Kultur- och fritidsförvaltningen", "administration", "kfn", 0,
     "Kultur- och fritidsnämndens förvaltning."),

    ("kansli", "Kansliet", "operation", "klf", 0,
     "Nämndadministration, registratur, arkiv, juridik och dataskydd."),
    ("it", "IT-avdelningen", "operation", "klf", 0,
     "Kommungemensam IT-drift, nätverk, användarstöd och IT-säkerhet."),
    ("hr", "HR-avdelningen", "operation", "klf", 0,
     "Lön, pension, rekrytering, arbetsmiljö och förhandling."),
    ("ekonomi", "Ekonomiavdelningen", "operation", "klf", 0,
     "Budget, redovisning, upphandling och leverantörsreskontra."),
    ("kommunikation", "Kommunikationsavdelningen", "operation", "klf", 0,
     "Webbplats, intranät, kontaktcenter och krisinformation."),

    ("forskola", "Förskola", "operation", "buf", 0,
     "Tjugotvå kommunala förskolor samt pedagogisk omsorg."),
    ("grundskola", "Grundskola", "operation", "buf", 0,
     "Fjorton grundskolor med fritidshem och grundsärskola."),
    ("gymnasium", "Gymnasieskola", "operation", "buf", 0,
     "Exempelgymnasiet med nationella program och introduktionsprogram."),
    ("elevhalsa", "Elevhälsan", "operation", "buf", 0,
     "Central elevhälsa: skolläkare, skolsköterskor, kuratorer och psykologer."),

    ("ifo", "Individ- och familjeomsorg", "operation", "sof", 0,
     "Barn och unga, ekonomiskt bistånd, missbruk och beroende, familjerätt."),
    ("aldreomsorg", "Äldreomsorg", "operation", "sof", 0,
     "Hemtjänst, särskilt boende, korttidsvård och biståndshandläggning."),
    ("lss", "LSS", "operation", "sof", 0,
     "Insatser enligt lagen om stöd och service till vissa funktionshindrade: "
     "bostad med särskild service, daglig verksamhet, personlig assistans."),

    ("gatapark", "Gata/park", "operation", "sbf", 0,
     "Drift och underhåll av gator, gång- och cykelvägar, parker och lekplatser."),
    ("va", "VA", "operation", "sbf", 0,
     "Vattenverk, avloppsreningsverk, pumpstationer och ledningsnät."),
    ("fastighet", "Fastighetsavdelningen", "operation", "sbf", 0,
     "Förvaltning av kommunens skolor, förskolor, äldreboenden och andra lokaler."),
    ("gis", "Mät och GIS", "operation", "sbf", 0,
     "Kartor, grundkarta, adresser och lantmäteritjänster."),

    ("bygglov", "Bygglov", "operation", "mbn", 0,
     "Handläggning av bygglov, rivningslov, marklov och anmälningsärenden."),
    ("miljo", "Miljö- och hälsoskydd", "operation", "mbn", 0,
     "Tillsyn och prövning enligt miljöbalken samt livsmedelskontroll."),

    ("bibliotek", "Bibliotek", "operation", "kff", 0,
     "Huvudbiblioteket och tre filialer samt skolbiblioteksstöd."),
    ("fritid", "Fritid och föreningsliv", "operation", "kff", 0,
     "Idrottsanläggningar, fritidsgårdar, föreningsbidrag och lokalbokning."),
    ("kulturskola", "Kulturskolan", "operation", "kff", 0,
     "Musik, dans, teater och bild för barn och unga."),
]

# ---- persons ----------------------------------------------------------------------------------
# key, name, role, unit key
PERSONS = [
    ("kommundirektor", "Anna Lindqvist", "Kommundirektör", "klf"),
    ("kanslichef", "Eva Bergström", "Kanslichef", "kansli"),
    ("issamordnare", "Karin Sjöberg", "Informationssäkerhetssamordnare", "kansli"),
    ("dso", "Johan Ekström", "Dataskyddsombud", "kansli"),
    ("registrator", "Lena Forsberg", "Registrator", "kansli"),
    ("itchef", "Mikael Holm", "IT-chef", "it"),
    ("itsakerhet", "Oskar Lund", "IT-säkerhetsspecialist", "it"),
    ("sysforv_it", "Ahmed Hassan", "Systemförvaltare", "it"),
    ("hrchef", "Sara Nyberg", "HR-chef", "hr"),
    ("lon", "Therese Eriksson", "Systemförvaltare lön", "hr"),
    ("ekonomichef", "Per Åkesson", "Ekonomichef", "ekonomi"),
    ("kommunikationschef", "Malin Hedberg", "Kommunikationschef", "kommunikation"),

    ("buf_chef", "Maria Engström", "Förvaltningschef", "buf"),
    ("forskola_chef", "Helena Dahl", "Verksamhetschef förskola", "forskola"),
    ("grundskola_chef", "Fredrik Nilsson", "Verksamhetschef grundskola", "grundskola"),
    ("rektor_centralskolan", "Ulrika Sandberg", "Rektor, Centralskolan", "grundskola"),
    ("rektor_gymnasiet", "Magnus Wikström", "Rektor, Exempelgymnasiet", "gymnasium"),
    ("elevhalsa_chef", "Jessica Palm", "Verksamhetschef elevhälsa", "elevhalsa"),
    ("sysforv_skola", "Jenny Lindgren", "Systemförvaltare skolplattform", "buf"),

    ("sof_chef", "Thomas Berg", "Förvaltningschef", "sof"),
    ("ifo_chef", "Camilla Strand", "Verksamhetschef individ- och familjeomsorg", "ifo"),
    ("ekbistand", "Erik Sundberg", "Enhetschef ekonomiskt bistånd", "ifo"),
    ("aldre_chef", "Birgitta Holmgren", "Verksamhetschef äldreomsorg", "aldreomsorg"),
    ("hemtjanst", "Nadia Karimi", "Enhetschef hemtjänst", "aldreomsorg"),
    ("lss_chef", "Daniel Mattsson", "Verksamhetschef LSS", "lss"),
    ("sysforv_soc", "Linda Öberg", "Systemförvaltare", "sof"),

    ("sbf_chef", "Lars Hedlund", "Förvaltningschef", "sbf"),
    ("va_chef", "Jonas Söderberg", "VA-chef", "va"),
    ("gatapark_chef", "Peter Blom", "Gatu- och parkchef", "gatapark"),
    ("fastighet_chef", "Henrik Sjödin", "Fastighetschef", "fastighet"),
    ("gis_samordnare", "Emma Falk", "GIS-samordnare", "gis"),
    ("bygglov_chef", "Sofia Lundqvist", "Bygglovschef", "bygglov"),
    ("miljo_chef", "Kristina Åberg", "Miljöchef", "miljo"),

    ("kff_chef", "Annika Wallin", "Förvaltningschef", "kff"),
    ("bibliotek_chef", "Martin Ekberg", "Bibliotekschef", "bibliotek"),

    ("bostader_vd", "Hans Larsson", "Verkställande direktör", "bostader"),
]

# ---- suppliers (fictional: the names are made up, the org numbers deliberately fail the
# checksum so that none of them is a real company's, the e-mail domains use the reserved
# .example top-level domain and the phone numbers are from the series PTS reserves for
# fiction) --------------------------------------------------------------------------------------
# key, name, org number (first nine digits; the tenth is chosen to be wrong), contact, domain,
# description
SUPPLIERS = [
    ("nordsys", "Nordsys AB", "556712341", "Kristoffer Alm", "nordsys",
     "Dokument- och ärendehantering för offentlig sektor."),
    ("skoldata", "Skoldata Sverige AB", "556634902", "Ingrid Vestin", "skoldata",
     "Skolplattform, elevadministration och barnomsorgssystem."),
    ("treklover", "Treklöver Omsorgssystem AB", "556801277", "Patrik Rosén", "treklover",
     "Verksamhetssystem och journaler för socialtjänst och elevhälsa."),
    ("lonekraft", "Lönekraft Sverige AB", "556590114", "Sanna Wiklund", "lonekraft",
     "Löne- och HR-system som molntjänst."),
    ("lonecentralen", "Lönecentralen Norden AB", "556433860", "Bengt Ahlin", "lonecentralen",
     "Tidigare leverantör av kommunens lönesystem; avtalet upphörde 2025."),
    ("rakenskap", "Räkenskapshuset AB", "556922153", "Lotta Berglund", "rakenskap",
     "Ekonomisystem, e-handel och fakturahantering."),
    ("kartlagret", "Kartlagret AB", "556745018", "Viktor Nord", "kartlagret",
     "GIS-plattform och kartverktyg för kommuner."),
    ("kommuntjanst", "Kommuntjänst Digital AB", "556868329", "Amira Said", "kommuntjanst",
     "E-tjänsteplattform, kontaktcenter och felanmälan."),
    ("molnbryggan", "Molnbryggan AB", "556517746", "Gustav Lindh", "molnbryggan",
     "Drift av e-post, kalender, intranät och webbplats."),
    ("samtalsnatet", "Samtalsnätet AB", "556690435", "Elin Hammar", "samtalsnatet",
     "Telefoni, växel och mobilabonnemang."),
    ("passagekontroll", "Passagekontroll Norden AB", "556771580", "Roger Kvist", "passagekontroll",
     "Passer- och larmsystem för fastigheter."),
    ("flodesteknik", "Flödesteknik Automation AB", "556358867", "Mats Engdahl", "flodesteknik",
     "Styr- och övervakningssystem (SCADA) för vatten och avlopp."),
    ("hyllkanten", "Hyllkanten Bibliotekssystem AB", "556827794", "Johanna Borg", "hyllkanten",
     "Biblioteksdatasystem för folk- och skolbibliotek."),
    ("planritning", "Planritning Digital AB", "556604521", "Andreas Fors", "planritning",
     "Verksamhetssystem för bygglov och miljötillsyn."),
    ("bokningsbolaget", "Bokningsbolaget Norr AB", "556950068", "Maja Ek", "bokningsbolaget",
     "Lokal- och anläggningsbokning samt hyresadministration."),
]

# ---- systems ----------------------------------------------------------------------------------
# key, name, lifecycle, unit, owner (systemägare), supplier, description
SYSTEMS = [
    ("diarium", "Ärende- och dokumenthanteringssystem (diarium)", "production", "kansli",
     "kanslichef", "nordsys",
     "Kommungemensamt diarium för registrering av allmänna handlingar, ärenden och "
     "nämndhandlingar. Används av alla förvaltningar."),
    ("nytt_arende", "Nytt ärendehanteringssystem", "planned", "kansli", "kanslichef", "nordsys",
     "Ersätter nuvarande diarium med digitala ärendeflöden, e-underskrift och koppling "
     "till e-arkivet. Upphandling klar, införande planerat 2027."),
    ("earkiv", "E-arkiv", "production", "kansli", "kanslichef", "molnbryggan",
     "Slutarkiv för digitala handlingar som bevaras, med leveranser från diariet och "
     "verksamhetssystemen."),
    ("etjanst", "E-tjänsteplattform", "production", "kommunikation", "kommundirektor",
     "kommuntjanst",
     "Plattform för kommunens e-tjänster med inloggning via e-legitimation. Ärenden "
     "överförs till respektive verksamhetssystem."),
    ("intranat", "Intranät", "production", "kommunikation", "kommunikationschef", "molnbryggan",
     "Internt nyhetsflöde, styrdokument och rutiner för medarbetare."),
    ("webb", "Kommunens webbplats", "production", "kommunikation", "kommunikationschef",
     "molnbryggan", "Extern webbplats med information till invånare och företag."),
    ("epost", "E-post och kalender", "production", "it", "itchef", "molnbryggan",
     "Kommungemensam e-post, kalender och videomöten som molntjänst."),
    ("telefoni", "Telefoni och växel", "production", "it", "itchef", "samtalsnatet",
     "Växel, mobiltelefoni och kontaktcenterfunktion."),
    ("lon", "Lönesystem", "production", "hr", "hrchef", "lonekraft",
     "Löneberäkning, utbetalning, pension och skatteavdrag för alla anställda."),
    ("lon_gammal", "Lönesystem (gammalt)", "retired", "hr", "hrchef", "lonecentralen",
     "Tidigare lönesystem, avvecklat i december 2025. Uppgifter som ska bevaras har "
     "förts över till e-arkivet; återstående data gallras."),
    ("hrsystem", "HR-system", "production", "hr", "hrchef", "lonekraft",
     "Personaluppgifter, anställningar, rekrytering, kompetens och medarbetarsamtal."),
    ("ekonomi", "Ekonomisystem", "production", "ekonomi", "ekonomichef", "rakenskap",
     "Redovisning, budget, leverantörs- och kundreskontra samt e-fakturor."),
    ("skolplattform", "Skolplattform", "production", "buf", "buf_chef", "skoldata",
     "Elevregister, närvaro, scheman, omdömen, betyg och kommunikation med vårdnadshavare."),
    ("larplattform_gammal", "Lärplattform (gammal)", "retired", "buf", "buf_chef", "skoldata",
     "Tidigare lärplattform för uppgifter och inlämningar; ersatt av skolplattformen "
     "hösten 2025."),
    ("barnomsorg", "Barnomsorgssystem", "production", "forskola", "forskola_chef", "skoldata",
     "Kö, placering och avgifter inom förskola och fritidshem, med e-tjänst för "
     "vårdnadshavare."),
    ("elevhalsojournal", "Journalsystem för elevhälsan", "production", "elevhalsa",
     "elevhalsa_chef", "treklover",
     "Journalföring för elevhälsans medicinska, psykologiska och kuratoriska insatser."),
    ("soc", "Verksamhetssystem för socialtjänsten", "production", "sof", "sof_chef", "treklover",
     "Ärendehantering, dokumentation och beslut inom individ- och familjeomsorg, "
     "äldreomsorg och LSS, inklusive journal enligt hälso- och sjukvårdslagen."),
    ("schema", "Schemaläggning och bemanning", "production", "aldreomsorg", "aldre_chef",
     "lonekraft",
     "Scheman, bemanning och tidrapportering inom äldreomsorg och LSS; tidsunderlag "
     "förs över till lönesystemet."),
    ("digitala_las", "Digitala lås i hemtjänsten", "planned", "aldreomsorg", "aldre_chef",
     "passagekontroll",
     "Digitala nyckelfria lås hos brukare med hemtjänst, som ersätter fysiska nycklar. "
     "Riskanalys pågår inför beslut."),
    ("gis", "GIS", "production", "gis", "sbf_chef", "kartlagret",
     "Kommunens kartplattform med grundkarta, detaljplaner, ledningsnät och adresser."),
    ("bygglov", "Bygglovssystem", "production", "bygglov", "bygglov_chef", "planritning",
     "Handläggning av bygglov och anmälningsärenden med e-tjänst för sökande."),
    ("miljotillsyn", "Miljö- och livsmedelstillsynssystem", "production", "miljo", "miljo_chef",
     "planritning", "Tillsynsobjekt, inspektioner, avgifter och ärenden enligt miljöbalken "
     "och livsmedelslagen."),
    ("scada", "VA-övervakning (SCADA)", "production", "va", "va_chef", "flodesteknik",
     "Styrning och övervakning av vattenverk, reningsverk och pumpstationer, med larm "
     "till jourhavande."),
    ("felanmalan", "Felanmälningssystem", "production", "gatapark", "gatapark_chef",
     "kommuntjanst",
     "Tar emot felanmälningar om gator, parker, belysning och VA från invånare och "
     "fördelar dem till arbetsledare."),
    ("passer", "Passersystem", "production", "fastighet", "fastighet_chef", "passagekontroll",
     "Passerkort och behörigheter till kommunens lokaler, med loggning av passager."),
    ("bibliotek", "Bibliotekssystem", "production", "bibliotek", "bibliotek_chef", "hyllkanten",
     "Katalog, utlån, låntagare och fjärrlån för folk- och skolbibliotek."),
    ("bokning", "Bokningssystem för lokaler och anläggningar", "production", "fritid",
     "kff_chef", "bokningsbolaget",
     "Bokning av idrottshallar, möteslokaler och anläggningar för föreningar och "
     "allmänhet, med fakturaunderlag till ekonomisystemet."),
    ("hyresadm", "Hyresadministration", "production", "bostader", "bostader_vd",
     "bokningsbolaget",
     "Hyresavtal, hyresavier, bostadskö och felanmälan för bostadsbolagets hyresgäster."),
]

# ---- information assets -----------------------------------------------------------------------
# key, name, unit, owner (informationsägare), personal_data, description
ASSETS = [
    ("elevregister", "Elevregister", "buf", "buf_chef", 1,
     "Uppgifter om alla elever i förskoleklass, grundskola och gymnasieskola: namn, "
     "personnummer, vårdnadshavare, skolplacering och klass. Kan omfatta skyddade "
     "personuppgifter."),
    ("betyg", "Betyg och omdömen", "grundskola", "grundskola_chef", 1,
     "Betyg, terminsbetyg, slutbetyg och skriftliga omdömen. Betygskataloger ska bevaras."),
    ("franvaro", "Närvaro och frånvaro", "grundskola", "grundskola_chef", 1,
     "Registrerad närvaro och frånvaro per lektion, med underlag för kontakt med "
     "vårdnadshavare vid upprepad frånvaro."),
    ("atgardsprogram", "Åtgärdsprogram och extra anpassningar", "grundskola",
     "grundskola_chef", 1,
     "Utredningar av behov av särskilt stöd, åtgärdsprogram och beslut om anpassad "
     "studiegång."),
    ("krankningar", "Anmälningar om kränkande behandling", "grundskola", "grundskola_chef", 1,
     "Anmälningar till huvudmannen, utredningar och vidtagna åtgärder."),
    ("gymnasieantagning", "Antagning och kursval i gymnasieskolan", "gymnasium",
     "buf_chef", 1,
     "Ansökningar, antagningsbesked, programval och kursval för gymnasieelever."),
    ("elevhalsojournaler", "Elevhälsojournaler", "elevhalsa", "elevhalsa_chef", 1,
     "Journaler från skolsköterskor, skolläkare, psykologer och kuratorer. Känsliga "
     "personuppgifter om hälsa; sekretess enligt OSL."),
    ("barnomsorgsko", "Kö och placeringar i förskola", "forskola", "forskola_chef", 1,
     "Ansökningar om plats, köplacering, placeringsbeslut och uppsägningar."),
    ("avgiftsunderlag", "Avgiftsunderlag för barnomsorg", "forskola", "forskola_chef", 1,
     "Hushållets inkomstuppgifter och beräknade avgifter för förskola och fritidshem."),

    ("personakter_ifo", "Personakter inom socialtjänsten", "ifo", "ifo_chef", 1,
     "Utredningar, beslut och journalanteckningar om barn, unga och vuxna. Omfattas av "
     "socialtjänstsekretess och innehåller känsliga personuppgifter."),
    ("orosanmalningar", "Orosanmälningar", "ifo", "ifo_chef", 1,
     "Anmälningar om barn som kan behöva skydd, med förhandsbedömningar och beslut om "
     "att inleda utredning."),
    ("forsorjningsstod", "Ansökningar om ekonomiskt bistånd", "ifo", "ifo_chef", 1,
     "Ansökningar, inkomst- och kostnadsuppgifter, beräkningar och beslut om "
     "försörjningsstöd."),
    ("bistandsbeslut", "Biståndsbeslut inom äldreomsorgen", "aldreomsorg", "aldre_chef", 1,
     "Ansökningar, utredningar och beslut om hemtjänst, särskilt boende och korttidsvård."),
    ("social_dok", "Genomförandeplaner och social dokumentation", "aldreomsorg",
     "aldre_chef", 1,
     "Genomförandeplaner och löpande anteckningar om hur beviljade insatser utförs."),
    ("hsljournal", "Patientjournaler inom kommunal hälso- och sjukvård", "aldreomsorg",
     "sof_chef", 1,
     "Journaler som förs av sjuksköterskor, arbetsterapeuter och fysioterapeuter enligt "
     "patientdatalagen."),
    ("lssbeslut", "LSS-beslut och insatser", "lss", "lss_chef", 1,
     "Utredningar och beslut om insatser enligt LSS samt dokumentation från "
     "verkställigheten."),
    ("nycklar_brukare", "Nyckel- och larmuppgifter hos brukare", "aldreomsorg", "aldre_chef", 1,
     "Vilka nycklar och larmkoder hemtjänsten har till brukares bostäder. Obehörig "
     "åtkomst ger tillträde till bostäder."),
    ("soc_statistik", "Statistik för uppföljning och rapportering", "sof", "sof_chef", 0,
     "Avidentifierade sammanställningar till nämnden och till nationell statistik."),

    ("loneuppgifter", "Löneuppgifter", "hr", "hrchef", 1,
     "Löner, tillägg, avdrag, skatt, kontonummer och utbetalningar för alla anställda."),
    ("personalakter", "Personalakter", "hr", "hrchef", 1,
     "Anställningsavtal, intyg, beslut och övriga handlingar om enskilda anställda."),
    ("rekrytering", "Ansökningar och rekryteringsunderlag", "hr", "hrchef", 1,
     "Ansökningar, CV, intervjuanteckningar och referenser i pågående och avslutade "
     "rekryteringar."),
    ("rehab", "Rehabiliteringsärenden", "hr", "hrchef", 1,
     "Sjukfrånvaro, rehabiliteringsplaner och läkarintyg. Känsliga personuppgifter om hälsa."),
    ("diarieforda", "Diarieförda handlingar", "kansli", "kanslichef", 1,
     "Inkomna och upprättade allmänna handlingar och ärenden registrerade i diariet."),
    ("protokoll", "Nämndprotokoll och sammanträdeshandlingar", "kansli", "kanslichef", 1,
     "Kallelser, tjänsteskrivelser, protokoll och beslut från fullmäktige, "
     "kommunstyrelse och nämnder. Ska bevaras."),
    ("styrdokument", "Styrdokument och rutiner", "kansli", "kommundirektor", 0,
     "Policyer, riktlinjer, delegationsordningar och rutiner, bland dem "
     "informationssäkerhetspolicyn."),
    ("krisplaner", "Krisledningsplan och kontaktlistor", "klf", "kommundirektor", 1,
     "Plan för krisledning, larmlistor med privata telefonnummer och uppgifter om "
     "samhällsviktiga verksamheter. Delar kan omfattas av sekretess."),
    ("leverantorsreskontra", "Fakturor och leverantörsreskontra", "ekonomi", "ekonomichef", 1,
     "Leverantörsfakturor, attester och utbetalningar. Omfattar enskilda firmor och "
     "därmed personuppgifter."),
    ("kundreskontra", "Kundfakturor och avgifter", "ekonomi", "ekonomichef", 1,
     "Fakturering av avgifter för barnomsorg, äldreomsorg, VA och lokalhyror."),
    ("budget", "Budget och ekonomiska prognoser", "ekonomi", "ekonomichef", 0,
     "Budget, månadsuppföljningar, prognoser och årsredovisning."),
    ("epostarkiv", "E-postarkiv", "it", "kommundirektor", 1,
     "Medarbetarnas e-post och kalendrar. Kan innehålla allmänna handlingar som inte "
     "diarieförts och känsliga uppgifter."),
    ("behorigheter", "Användarkonton och behörigheter", "it", "itchef", 1,
     "Konton, grupper och behörigheter i kommunens katalogtjänst och verksamhetssystem."),
    ("loggar", "Säkerhetsloggar", "it", "itchef", 1,
     "Loggar från brandväggar, servrar och inloggningar, med användarnamn och IP-adresser."),
    ("etjanstearenden", "Ärenden från e-tjänster", "kommunikation", "kommunikationschef", 1,
     "Inskickade e-tjänsteärenden innan de förs över till respektive verksamhetssystem."),

    ("gisdata", "GIS-kartdata", "gis", "sbf_chef", 0,
     "Grundkarta, detaljplaner, adresser och ortofoton. Till största delen offentliga."),
    ("fastighetsagare", "Fastighets- och ägaruppgifter", "gis", "sbf_chef", 1,
     "Fastighetsregister med lagfarna ägare och adresser, hämtat från Lantmäteriet."),
    ("vadrift", "VA-driftdata", "va", "va_chef", 0,
     "Mätvärden, larm och driftstatus från vattenverk, reningsverk och pumpstationer."),
    ("varitningar", "Ritningar över VA-anläggningar och ledningsnät", "va", "va_chef", 0,
     "Ledningskartor och ritningar över vattenverk och reservoarer. Skyddsvärda ur "
     "säkerhetssynpunkt."),
    ("vaabonnenter", "VA-abonnenter och förbrukning", "va", "va_chef", 1,
     "Abonnenter, fastigheter, mätarställningar och förbrukning som underlag för "
     "VA-taxan."),
    ("felanmalningar", "Felanmälningar gata, park och VA", "gatapark", "gatapark_chef", 1,
     "Anmälningar från invånare med kontaktuppgifter, plats och bilder."),
    ("passerloggar", "Passerloggar", "fastighet", "fastighet_chef", 1,
     "Vem som passerat vilka dörrar och när, i skolor, äldreboenden och kommunhuset."),
    ("bygglovsarenden", "Bygglovsärenden", "bygglov", "bygglov_chef", 1,
     "Ansökningar, ritningar, grannehöranden, beslut och slutbesked."),
    ("tillsynsarenden", "Tillsynsärenden miljö och livsmedel", "miljo", "miljo_chef", 1,
     "Tillsynsobjekt, inspektionsrapporter, förelägganden och avgiftsbeslut."),

    ("lantagare", "Låntagarregister", "bibliotek", "bibliotek_chef", 1,
     "Låntagare med kontaktuppgifter, aktuella lån och reservationer. Lånehistorik "
     "sparas inte."),
    ("lokalbokningar", "Lokalbokningar och föreningsregister", "fritid", "kff_chef", 1,
     "Föreningar med kontaktpersoner, bokningar och bidragsansökningar."),

    ("hyresgaster", "Hyresgästregister och hyresavtal", "bostader", "bostader_vd", 1,
     "Hyresgäster, hyresavtal, betalningar, bostadskö och störningsärenden."),
]

# ---- processes --------------------------------------------------------------------------------
# key, name, unit, owner, description
PROCESSES = [
    ("antagning_forskola", "Antagning till förskola", "forskola", "forskola_chef",
     "Från ansökan om plats via köhantering och placeringserbjudande till inskolning "
     "och avgiftsdebitering."),
    ("betygssattning", "Betygssättning", "grundskola", "grundskola_chef",
     "Lärare sätter betyg i skolplattformen, rektor fastställer och betygskatalogen "
     "skrivs ut och arkiveras."),
    ("forsorjningsstod", "Handläggning av försörjningsstöd", "ifo", "ekbistand",
     "Ansökan via e-tjänst eller blankett, utredning, beslut, utbetalning och uppföljning."),
    ("orosanmalan", "Hantering av orosanmälan", "ifo", "ifo_chef",
     "Mottagning av orosanmälan, skyddsbedömning samma dag, förhandsbedömning inom 14 "
     "dagar och beslut om utredning."),
    ("bistandshandlaggning", "Biståndshandläggning i äldreomsorgen", "aldreomsorg",
     "aldre_chef",
     "Ansökan, utredning, beslut om insats, beställning till utförare och uppföljning."),
    ("hemtjanst", "Utförande av hemtjänst", "aldreomsorg", "hemtjanst",
     "Planering, besök hos brukare, nyckelhantering och dokumentation av utförda insatser."),
    ("lonehantering", "Lönehantering", "hr", "hrchef",
     "Månatlig löneberäkning från schema- och avvikelseunderlag till utbetalning och "
     "rapportering till Skatteverket."),
    ("rekrytering", "Rekrytering", "hr", "hrchef",
     "Kravprofil, annonsering, urval, intervjuer, referenstagning och anställningsbeslut."),
    ("fakturahantering", "Fakturahantering", "ekonomi", "ekonomichef",
     "Mottagning av e-fakturor, kontering, attest och betalning."),
    ("diarieforing", "Diarieföring", "kansli", "kanslichef",
     "Registrering av inkomna och upprättade handlingar, sekretessbedömning och utlämnande "
     "av allmänna handlingar."),
    ("namndadministration", "Nämndadministration", "kansli", "kanslichef",
     "Från beredning och kallelse till justerat protokoll, anslag och expediering."),
    ("bygglovshandlaggning", "Bygglovshandläggning", "bygglov", "bygglov_chef",
     "Ansökan, kompletteringar, grannehörande, beslut, tekniskt samråd och slutbesked."),
    ("felanmalan_va", "Felanmälan VA", "va", "va_chef",
     "Felanmälan från invånare eller larm från driftövervakningen, utryckning, åtgärd "
     "och information till berörda."),
    ("utlaning", "Utlåning av medier", "bibliotek", "bibliotek_chef",
     "Låntagarregistrering, utlån, reservationer, påminnelser och fjärrlån."),
]

# ---- links ------------------------------------------------------------------------------------
ASSET_SYSTEM = [
    ("elevregister", "skolplattform"), ("betyg", "skolplattform"),
    ("franvaro", "skolplattform"), ("atgardsprogram", "skolplattform"),
    ("krankningar", "skolplattform"), ("gymnasieantagning", "skolplattform"),
    ("betyg", "larplattform_gammal"), ("elevregister", "barnomsorg"),
    ("barnomsorgsko", "barnomsorg"), ("avgiftsunderlag", "barnomsorg"),
    ("elevhalsojournaler", "elevhalsojournal"),
    ("personakter_ifo", "soc"), ("orosanmalningar", "soc"), ("forsorjningsstod", "soc"),
    ("bistandsbeslut", "soc"), ("social_dok", "soc"), ("hsljournal", "soc"),
    ("lssbeslut", "soc"), ("soc_statistik", "soc"),
    ("nycklar_brukare", "digitala_las"),
    ("loneuppgifter", "lon"), ("loneuppgifter", "lon_gammal"), ("personalakter", "hrsystem"),
    ("rekrytering", "hrsystem"), ("rehab", "hrsystem"),
    ("diarieforda", "diarium"), ("protokoll", "diarium"), ("styrdokument", "diarium"),
    ("diarieforda", "nytt_arende"), ("protokoll", "nytt_arende"),
    ("diarieforda", "earkiv"), ("protokoll", "earkiv"), ("betyg", "earkiv"),
    ("styrdokument", "intranat"), ("krisplaner", "intranat"),
    ("leverantorsreskontra", "ekonomi"), ("kundreskontra", "ekonomi"), ("budget", "ekonomi"),
    ("epostarkiv", "epost"), ("behorigheter", "epost"), ("loggar", "epost"),
    ("etjanstearenden", "etjanst"), ("forsorjningsstod", "etjanst"),
    ("barnomsorgsko", "etjanst"),
    ("gisdata", "gis"), ("fastighetsagare", "gis"), ("varitningar", "gis"),
    ("vadrift", "scada"),
    ("vaabonnenter", "ekonomi"),
    ("felanmalningar", "felanmalan"),
    ("passerloggar", "passer"), ("behorigheter", "passer"),
    ("bygglovsarenden", "bygglov"), ("fastighetsagare", "bygglov"),
    ("tillsynsarenden", "miljotillsyn"),
    ("lantagare", "bibliotek"), ("lokalbokningar", "bokning"),
    ("hyresgaster", "hyresadm"),
]

PROCESS_ASSET = [
    ("antagning_forskola", "barnomsorgsko"), ("antagning_forskola", "avgiftsunderlag"),
    ("antagning_forskola", "elevregister"),
    ("betygssattning", "betyg"), ("betygssattning", "elevregister"),
    ("betygssattning", "franvaro"),
    ("forsorjningsstod", "forsorjningsstod"), ("forsorjningsstod", "personakter_ifo"),
    ("orosanmalan", "orosanmalningar"), ("orosanmalan", "personakter_ifo"),
    ("orosanmalan", "diarieforda"),
    ("bistandshandlaggning", "bistandsbeslut"), ("bistandshandlaggning", "social_dok"),
    ("hemtjanst", "social_dok"), ("hemtjanst", "nycklar_brukare"), ("hemtjanst", "hsljournal"),
    ("lonehantering", "loneuppgifter"), ("lonehantering", "personalakter"),
    ("rekrytering", "rekrytering"), ("rekrytering", "personalakter"),
    ("fakturahantering", "leverantorsreskontra"), ("fakturahantering", "budget"),
    ("diarieforing", "diarieforda"), ("diarieforing", "epostarkiv"),
    ("namndadministration", "protokoll"), ("namndadministration", "diarieforda"),
    ("bygglovshandlaggning", "bygglovsarenden"), ("bygglovshandlaggning", "fastighetsagare"),
    ("bygglovshandlaggning", "gisdata"),
    ("felanmalan_va", "felanmalningar"), ("felanmalan_va", "vadrift"),
    ("felanmalan_va", "varitningar"), ("felanmalan_va", "vaabonnenter"),
    ("utlaning", "lantagare"),
]

PROCESS_SYSTEM = [
    ("antagning_forskola", "barnomsorg"), ("antagning_forskola", "etjanst"),
    ("antagning_forskola", "ekonomi"),
    ("betygssattning", "skolplattform"), ("betygssattning", "earkiv"),
    ("forsorjningsstod", "soc"), ("forsorjningsstod", "etjanst"),
    ("forsorjningsstod", "ekonomi"),
    ("orosanmalan", "soc"), ("orosanmalan", "telefoni"), ("orosanmalan", "epost"),
    ("bistandshandlaggning", "soc"),
    ("hemtjanst", "soc"), ("hemtjanst", "schema"), ("hemtjanst", "digitala_las"),
    ("lonehantering", "lon"), ("lonehantering", "schema"), ("lonehantering", "hrsystem"),
    ("lonehantering", "ekonomi"),
    ("rekrytering", "hrsystem"), ("rekrytering", "epost"),
    ("fakturahantering", "ekonomi"),
    ("diarieforing", "diarium"), ("diarieforing", "epost"), ("diarieforing", "earkiv"),
    ("namndadministration", "diarium"), ("namndadministration", "webb"),
    ("bygglovshandlaggning", "bygglov"), ("bygglovshandlaggning", "gis"),
    ("bygglovshandlaggning", "etjanst"),
    ("felanmalan_va", "felanmalan"), ("felanmalan_va", "scada"),
    ("felanmalan_va", "telefoni"), ("felanmalan_va", "gis"),
    ("utlaning", "bibliotek"),
]

# ---- actions ----------------------------------------------------------------------------------
# key, title, responsible, due date, due quarter, status, completed on, created, description
ACTIONS = [
    ("mfa_epost", "Inför tvåfaktorsautentisering för e-post", "itchef",
     "2026-09-30", None, "in_progress", None, "2026-02-09",
     "Alla konton ska kräva tvåfaktorsautentisering vid inloggning utanför kommunens nät. "
     "Klart för kommunledningsförvaltningen; skolan och socialförvaltningen återstår."),
    ("klassning_elevhalsa", "Klassa elevhälsans journaler", "elevhalsa_chef",
     None, "2026-Q3", "not_started", None, "2026-03-02",
     "Genomför informationsklassning av elevhälsojournalerna tillsammans med "
     "informationssäkerhetssamordnaren."),
    ("pub_skoldata", "Förnya biträdesavtalet för skolplattformen", "dso",
     "2026-06-30", None, "done", "2026-05-12", "2026-01-26",
     "Personuppgiftsbiträdesavtalet med Skoldata Sverige AB är uppdaterat med en ny "
     "bilaga om underbiträden och säkerhetsåtgärder."),
    ("kontinuitet_va", "Ta fram kontinuitetsplan för VA-övervakningen", "va_chef",
     None, "2027-Q1", "not_started", None, "2026-04-14",
     "Reservrutiner vid avbrott i SCADA: manuell övervakning, jourlistor och larmvägar."),
    ("behorighet_soc", "Se över behörigheterna i socialtjänstens system",
     "sysforv_soc", "2026-12-15", None, "in_progress", None, "2026-05-04",
     "Gå igenom alla behörighetsprofiler så att medarbetare bara kommer åt ärenden inom "
     "sin enhet. Avvikelser rapporteras till verksamhetschefen."),
    ("logg_soc", "Inför logguppföljning i socialtjänstens journaler", "ifo_chef",
     "2026-10-31", None, "not_started", None, "2026-05-04",
     "Stickprov varje månad av vem som läst vilka akter, enligt krav på "
     "åtkomstkontroll i patientdatalagen och socialtjänstens dokumentation."),
    ("utbildning_chefer", "Utbildning i informationssäkerhet för alla chefer", "issamordnare",
     "2026-04-30", None, "done", "2026-04-20", "2026-01-19",
     "Halvdagsutbildning om klassning, incidentrapportering och chefens ansvar. "
     "86 av 94 chefer deltog."),
    ("gallra_lon", "Gallra uppgifter ur det gamla lönesystemet", "lon",
     None, "2027-Q2", "in_progress", None, "2026-02-23",
     "Uppgifter som ska bevaras har levererats till e-arkivet. Återstår att gallra "
     "resten enligt dokumenthanteringsplanen och säga upp databasen."),
    ("upphandling_arende", "Inför nytt ärendehanteringssystem", "kanslichef",
     None, "2027-Q1", "in_progress", None, "2026-01-12",
     "Projektplan, informationsklassning och riskanalys inför driftstart; utbildning av "
     "registratorer och handläggare."),
    ("aterlasning_skola", "Testa återläsning av säkerhetskopia för skolplattformen",
     "sysforv_skola", "2026-06-30", None, "postponed", None, "2026-03-16",
     "Skjuts upp till efter läsårsstart på leverantörens begäran; nytt datum bestäms "
     "med leverantören."),
    ("inventering_kff", "Inventera informationstillgångar inom kultur och fritid",
     "kff_chef", "2026-09-30", None, "done", "2026-09-15", "2026-03-09",
     "Alla verksamheter har gått igenom sina informationstillgångar och system och "
     "fört in dem i registret."),
    ("passer_konton", "Ersätt delade administratörskonton i passersystemet",
     "fastighet_chef", None, "2027-Q2", "postponed", None, "2026-04-27",
     "Kräver uppgradering av systemet, som leverantören har skjutit till nästa år."),
    ("usb_hemtjanst", "Krypterade USB-minnen till hemtjänstens grupper", "hemtjanst",
     "2026-08-31", None, "cancelled", None, "2026-02-02",
     "Behövs inte längre: dokumentationen görs direkt i verksamhetssystemet via "
     "mobilappen, så inga filer ska föras över med USB-minnen."),
    ("risk_digitala_las", "Riskanalys inför digitala lås i hemtjänsten", "aldre_chef",
     "2027-01-31", None, "in_progress", None, "2026-09-07",
     "Workshop med hemtjänsten, IT och leverantören; fokus på behörigheter, loggning och "
     "vad som händer vid strömavbrott."),
    ("policy", "Revidera informationssäkerhetspolicyn", "issamordnare",
     "2026-12-31", None, "in_progress", None, "2026-08-17",
     "Anpassa policyn till ny lagstiftning om cybersäkerhet och till kommunens nya "
     "organisation. Beslut i kommunfullmäktige."),
    ("segmentera_scada", "Segmentera nätverket för VA-övervakningen", "itsakerhet",
     None, "2027-Q2", "not_started", None, "2026-06-08",
     "Skilj SCADA-nätet från kontorsnätet med brandvägg och tillåt fjärråtkomst för "
     "leverantören endast via kommunens lösning med tvåfaktorsinloggning."),
    ("ova_incident", "Öva hantering av personuppgiftsincident med ledningsgruppen", "dso",
     "2027-03-15", None, "not_started", None, "2026-10-05",
     "Seminarieövning med ett scenario där en e-postlista med känsliga uppgifter skickats "
     "till fel mottagare, inklusive anmälan inom 72 timmar."),
    ("reservrutin_lon", "Dokumentera reservrutin för löneutbetalning vid avbrott", "hrchef",
     "2026-10-31", None, "done", "2026-10-05", "2026-05-18",
     "Rutin för att betala ut föregående månads lön om lönesystemet inte är tillgängligt."),
    ("agare_gis", "Utse informationsägare för fastighets- och ägaruppgifter",
     "sbf_chef", "2026-08-31", None, "not_started", None, "2026-03-23",
     "Uppgifterna används av både bygglov och GIS; ansvaret behöver klargöras mellan "
     "nämnderna."),
    ("hyresgaster_atkomst", "Granska åtkomst till hyresgästregistret", "bostader_vd",
     None, "2027-Q1", "not_started", None, "2026-10-19",
     "Gå igenom vilka konsulter och entreprenörer som har konton i "
     "hyresadministrationen och ta bort dem som inte längre behövs."),
    ("registerforteckning_sn", "Uppdatera registerförteckningen för Socialnämnden", "dso",
     None, "2026-Q2", "done", "2026-06-22", "2026-02-16",
     "Alla behandlingar inom individ- och familjeomsorg, äldreomsorg och LSS är "
     "genomgångna tillsammans med verksamhetscheferna."),
    ("sakerhetskopior_offline", "Inför säkerhetskopior som inte kan ändras", "itchef",
     None, "2026-Q4", "in_progress", None, "2026-04-06",
     "Oföränderliga kopior av servrar och verksamhetssystem som skydd mot "
     "utpressningsvirus, med återläsningstest varje kvartal."),
    ("klassning_bygglov", "Klassa informationen i bygglovssystemet", "bygglov_chef",
     None, "2027-Q2", "postponed", None, "2026-03-30",
     "Planerad till tredje kvartalet 2026 men uppskjuten till nästa år på grund av hög "
     "ärendebelastning under sommaren."),
]


# ---- building ---------------------------------------------------------------------------------

def ascii_name(text):
    table = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u",
                           "Å": "A", "Ä": "A", "Ö": "O", "É": "E", "Ü": "U"})
    return text.translate(table).lower()


def luhn_digit(digits):
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return (10 - total % 10) % 10


def fake_org_number(first_nine):
    """An org number that fails the Luhn check, so that it is nobody's real number."""
    wrong = (luhn_digit(first_nine) + 5) % 10
    return f"{first_nine[:6]}-{first_nine[6:]}{wrong}"


class Clock:
    """Hands out fixed, increasing timestamps on a given day."""

    def __init__(self, day, start_minute=8 * 60):
        self.day = d(day)
        self.minute = start_minute

    def next(self, step=3):
        value = stamp(self.day, self.minute)
        self.minute += step
        return value


def later(created, days):
    """A fixed updated_at some days after created_at, never after the demo's today."""
    base = datetime.datetime.strptime(created, "%Y-%m-%dT%H:%M:%S.000Z")
    when = min(base + datetime.timedelta(days=days),
               datetime.datetime.combine(TODAY, datetime.time(7, 0)))
    return when.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def build():
    units = {key: row_uuid("org_unit", key) for key, *_ in ORG_UNITS}
    persons = {key: row_uuid("person", key) for key, *_ in PERSONS}
    suppliers = {key: row_uuid("supplier", key) for key, *_ in SUPPLIERS}
    systems = {key: row_uuid("system", key) for key, *_ in SYSTEMS}
    assets = {key: row_uuid("information_asset", key) for key, *_ in ASSETS}
    processes = {key: row_uuid("process", key) for key, *_ in PROCESSES}

    tables = {}

    clock = Clock("2026-01-12")
    rows = []
    for key, name, kind, parent, controller, description in ORG_UNITS:
        created = clock.next()
        rows.append({"uuid": units[key], "created_at": created, "updated_at": created,
                     "name": name, "kind": kind,
                     "parent_id": units[parent] if parent else None,
                     "is_controller": controller, "description": description})
    tables["org_unit"] = rows

    clock = Clock("2026-01-12", 10 * 60)
    rows = []
    phones = set()
    for i, (key, name, role, unit) in enumerate(PERSONS):
        created = clock.next()
        first, last = name.split(" ", 1)
        phone = f"0123-{190 + i // 10:03d} {10 + (i * 7) % 90:02d}"
        if key == "bostader_vd":
            email = f"{ascii_name(first)}.{ascii_name(last)}@bostader.exempelkommun.se"
        else:
            email = f"{ascii_name(first)}.{ascii_name(last)}@exempelkommun.se"
        assert phone not in phones, phone
        phones.add(phone)
        rows.append({"uuid": persons[key], "created_at": created,
                     "updated_at": later(created, (i * 37) % 240),
                     "name": name, "role": role, "email": email, "phone": phone,
                     "username": ascii_name(first)[:3] + ascii_name(last)[:3],
                     "unit_id": units[unit]})
    tables["person"] = rows

    clock = Clock("2026-01-13")
    rows = []
    for i, (key, name, org, contact, domain, description) in enumerate(SUPPLIERS):
        created = clock.next(5)
        first, last = contact.split(" ", 1)
        rows.append({"uuid": suppliers[key], "created_at": created, "updated_at": created,
                     "name": name, "org_number": fake_org_number(org),
                     "contact_name": contact,
                     "email": f"{ascii_name(first)}.{ascii_name(last)}@{domain}.example",
                     "phone": f"070-174 06 {10 + i * 5:02d}",
                     "description": description})
    tables["supplier"] = rows

    clock = Clock("2026-02-02")
    rows = []
    for i, (key, name, unit, owner, personal, description) in enumerate(ASSETS):
        created = clock.next(4)
        rows.append({"uuid": assets[key], "created_at": created,
                     "updated_at": later(created, (i * 53) % 260),
                     "name": name, "description": description, "unit_id": units[unit],
                     "owner_id": persons[owner], "personal_data": personal})
    tables["information_asset"] = rows

    clock = Clock("2026-01-19")
    rows = []
    for i, (key, name, lifecycle, unit, owner, supplier, description) in enumerate(SYSTEMS):
        created = clock.next(4)
        rows.append({"uuid": systems[key], "created_at": created,
                     "updated_at": later(created, (i * 41) % 280),
                     "name": name, "description": description, "lifecycle": lifecycle,
                     "unit_id": units[unit], "owner_id": persons[owner],
                     "supplier_id": suppliers[supplier]})
    tables["system"] = rows

    clock = Clock("2026-02-16")
    rows = []
    for i, (key, name, unit, owner, description) in enumerate(PROCESSES):
        created = clock.next(6)
        rows.append({"uuid": processes[key], "created_at": created,
                     "updated_at": later(created, (i * 29) % 200),
                     "name": name, "description": description, "unit_id": units[unit],
                     "owner_id": persons[owner]})
    tables["process"] = rows

    def links(table, pairs, left, right, left_col, right_col, day):
        clock = Clock(day)
        seen = set()
        out = []
        for a, b in pairs:
            assert (a, b) not in seen, (table, a, b)
            seen.add((a, b))
            created = clock.next(1)
            out.append({"uuid": row_uuid(table, f"{a}/{b}"), "created_at": created,
                        "updated_at": created, left_col: left[a], right_col: right[b]})
        return out

    tables["asset_system"] = links("asset_system", ASSET_SYSTEM, assets, systems,
                                   "asset_id", "system_id", "2026-02-23")
    tables["process_asset"] = links("process_asset", PROCESS_ASSET, processes, assets,
                                    "process_id", "asset_id", "2026-03-02")
    tables["process_system"] = links("process_system", PROCESS_SYSTEM, processes, systems,
                                     "process_id", "system_id", "2026-03-02")

    rows = []
    for i, (key, title, responsible, due_date, due_quarter, status, completed, created_day,
            description) in enumerate(ACTIONS):
        assert (due_date is None) != (due_quarter is None), key
        assert (status == "done") == (completed is not None), key
        created = stamp(d(created_day), 8 * 60 + 15 + i * 7)
        if completed is not None:
            updated = stamp(d(completed), 14 * 60 + i * 3)
        else:
            updated = later(created, 20 + (i * 31) % 150)
        rows.append({"uuid": row_uuid("action", key), "created_at": created,
                     "updated_at": updated, "title": title, "description": description,
                     "source_plugin": "core", "source_uuid": None,
                     "responsible_id": persons[responsible], "due_date": due_date,
                     "due_quarter": due_quarter, "status": status, "completed_on": completed})
    tables["action"] = rows

    return tables


def check(tables):
    """What the schema cannot say: the demo's own promises."""
    statuses = {row["status"] for row in tables["action"]}
    assert statuses == {"not_started", "in_progress", "done", "postponed", "cancelled"}, statuses
    lifecycles = {row["lifecycle"] for row in tables["system"]}
    assert lifecycles == {"planned", "production", "retired"}, lifecycles

    def due(row):
        if row["due_date"]:
            return d(row["due_date"])
        year, quarter = row["due_quarter"].split("-Q")
        month = int(quarter) * 3
        return (datetime.date(int(year), month % 12 + 1, 1) if month < 12
                else datetime.date(int(year) + 1, 1, 1)) - datetime.timedelta(days=1)

    overdue = [row for row in tables["action"]
               if row["status"] in ("not_started", "in_progress") and due(row) < TODAY]
    assert len(overdue) >= 3, overdue
    for rows in tables.values():
        for row in rows:
            assert row["created_at"] <= row["updated_at"], row
            assert row["updated_at"] < stamp(TODAY), row


def write(tables, path, components=None):
    """Writes @tables as an exchange file, one row per line, atomically. @components: the
    plugins' parts and their schema versions, besides core's."""
    components = json.dumps({"core": 1, **(components or {})}, separators=(", ", ": "))
    lines = ['{', '  "format": "trygg",', '  "version": 1,', f'  "components": {components},',
             '  "tables": {']
    names = list(tables)
    for t, name in enumerate(names):
        lines.append(f'    "{name}": [')
        rows = tables[name]
        for r, row in enumerate(rows):
            text = json.dumps(row, ensure_ascii=False, separators=(", ", ": "))
            lines.append(f"      {text}{',' if r < len(rows) - 1 else ''}")
        lines.append(f"    ]{',' if t < len(names) - 1 else ''}")
    lines += ['  }', '}', '']
    text = "\n".join(lines)
    json.loads(text)  # well-formed, always
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as out:
        out.write(text)
    os.replace(tmp, path)


def run(doc, output, build_tables, check_tables, components=None):
    """The command line of every part's generator (@doc: its docstring): builds the tables,
    checks them, writes them to @output or the file -o names, and says what it wrote."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("-o", "--output", default=output,
                        help=f"where to write (default: {os.path.basename(output)} next to "
                             "this script)")
    args = parser.parse_args()
    tables = build_tables()
    check_tables(tables)
    write(tables, args.output, components)
    counts = ", ".join(f"{name} {len(rows)}" for name, rows in tables.items())
    print(f"{args.output}: {counts}")


if __name__ == "__main__":
    run(__doc__, os.path.join(os.path.dirname(os.path.abspath(__file__)), "core.json"), build,
        check)
