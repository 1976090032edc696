#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes plugins/classification/demo/classification.json: Exempelkommun's classifications.

Exempelkommun's information assets (data/demo/core.json) classified on the KLASSA-style scale
(levels 0–4, K/R/T), as an exchange file imported by `trygg --demo` after core's part: most
assets with one version, some with two; a few overdue for review, a few not signed off, a
few not classified at all; for three assets the status of the requirements their profile
calls for, and two gaps made into actions in core's tracker (source_plugin
'classification', source_uuid = the fulfilment row's uuid, as classification-catalogue.c
writes them).

Fulfilments refer to requirements, so the file also holds the bundled requirement catalogue
in Swedish (catalogue/requirements.sv.json, what a Swedish user's first import adds) as rows;
a database that has them does not import the bundled catalogue again (its code is the key).
Their uuids follow the rule of classification-catalogue-import.c, the same in every database:
uuid5 over core's namespace and "classification/classification_requirement/<code>". Consequence areas are the eight built-in ones, whose
fixed uuids come from sql/001-classification.sql.

Everything here is fictional. The output is deterministic: uuids are uuid5 over core's
namespace with keys "classification/<table>/<key>", persons and assets are core's demo rows
(their uuids computed by core's generator), and every timestamp is a fixed date.

    python3 plugins/classification/demo/make-demo.py            # writes classification.json
    python3 plugins/classification/demo/make-demo.py -o FILE    # writes FILE instead

Python 3 standard library only.
"""

import functools
import json
import os
import re
import runpy
import types

HERE = os.path.dirname(os.path.abspath(__file__))
PLUGIN = os.path.join(HERE, "..")
CORE_SCRIPT = os.path.join(PLUGIN, "..", "..", "data", "demo", "make-demo.py")
CATALOGUE = os.path.join(PLUGIN, "catalogue", "requirements.sv.json")  # Exempelkommun is Swedish
SCHEMA = os.path.join(PLUGIN, "sql", "001-classification.sql")


# core's generator data/demo/make-demo.py, run as a module: its namespace and tables, row_uuid(),
# part_uuid(), stamp(), TODAY, and run() with the command line every part shares
core = types.SimpleNamespace(**runpy.run_path(CORE_SCRIPT))

ASPECTS = ("confidentiality", "integrity", "availability")
MIN_LEVEL, MAX_LEVEL = 0, 4  # the KLASSA-style preset

# ---- classifications --------------------------------------------------------------------------
# Per asset (core's key) its versions, oldest first. A version: the day it was made, who
# classified it (core person key), who signed it off and when (None: not signed off yet), the
# next review, the flags "P" personal data, "S" special categories, "X" secrecy (with the
# reference), and per aspect the consequence per area and the rationale. The aspect's level
# is the highest consequence, as trygg_classification_save() computes it.


def v(day, by, signed, review, flags="", secrecy="", K=None, R=None, T=None):
    return {"day": day, "by": by, "signed": signed, "review": review, "flags": flags,
            "secrecy": secrecy, "aspects": {"confidentiality": K, "integrity": R,
                                            "availability": T}}


OSL_SOC = "26 kap. 1 § offentlighets- och sekretesslagen"
OSL_HSL = "25 kap. 1 § offentlighets- och sekretesslagen"
OSL_SKOLA = "23 kap. 2 § offentlighets- och sekretesslagen"
OSL_SAKERHET = "18 kap. 8 § offentlighets- och sekretesslagen"
OSL_PERSONAL = "39 kap. 3 § offentlighets- och sekretesslagen"

CLASSIFICATIONS = {
    # ---- barn och utbildning ------------------------------------------------------------------
    "elevregister": [
        v("2024-05-14", "issamordnare", ("buf_chef", "2024-05-21"), "2025-05-21", "P",
          K=({"privacy": 2, "law": 2}, "Namn, personnummer och vårdnadshavare för alla elever. "
             "Ett röjande kränker elevernas integritet men uppgifterna är i stort sett kända "
             "för skolans personal."),
          R=({"operations": 2, "law": 1}, "Fel klass- eller skolplacering ger fel schema och "
             "fel underlag till skolskjuts och måltider."),
          T=({"operations": 2}, "Skolan klarar några dagar utan registret med utskrivna "
             "klasslistor.")),
        v("2026-03-18", "issamordnare", ("buf_chef", "2026-03-25"), "2027-03-25", "PX",
          OSL_SKOLA,
          K=({"privacy": 3, "injury": 3, "law": 2}, "Registret omfattar elever med skyddade "
             "personuppgifter. Om en skyddad adress röjs kan ett barn utsättas för fara; "
             "därför höjs konfidentialiteten från K2 till K3."),
          R=({"operations": 2, "law": 2}, "Fel vårdnadshavare eller placering leder till att "
             "information lämnas till fel person och att elever saknas i undervisningen."),
          T=({"operations": 2, "trust": 1}, "Vid skolstart och vid betygsperioder behövs "
             "registret dagligen. Ett avbrott på en vecka går att hantera manuellt.")),
    ],
    "betyg": [
        v("2025-09-10", "grundskola_chef", ("grundskola_chef", "2025-09-30"), "2026-09-30", "P",
          K=({"privacy": 2}, "Betyg är allmänna handlingar som i regel är offentliga, men "
             "omdömen kan beskriva elevens svårigheter."),
          R=({"law": 3, "trust": 3, "operations": 2}, "Ett felaktigt betyg kan påverka "
             "elevens antagning till gymnasiet och är svårt att rätta i efterhand. "
             "Betygskatalogen ska bevaras."),
          T=({"operations": 2}, "Betyg måste kunna sättas och skrivas ut vid terminsslut; "
             "övrig tid räcker tillgång inom en vecka.")),
    ],
    "franvaro": [
        v("2026-04-14", "issamordnare", ("grundskola_chef", "2026-04-21"), "2027-04-21", "P",
          K=({"privacy": 2}, "Frånvaromönster kan avslöja sjukdom eller svåra "
             "hemförhållanden."),
          R=({"operations": 2, "law": 2}, "Felaktig frånvaro kan leda till felaktig "
             "orosanmälan eller att en elev med problematisk frånvaro inte upptäcks."),
          T=({"operations": 1}, "Närvaron kan föras på papper under ett kortare avbrott.")),
    ],
    "atgardsprogram": [
        v("2026-04-14", "issamordnare", ("grundskola_chef", "2026-04-21"), "2027-04-21", "PS",
          K=({"privacy": 3, "trust": 2}, "Utredningarna beskriver diagnoser, "
             "funktionsnedsättningar och familjesituation. Ett röjande skadar eleven allvarligt."),
          R=({"law": 2, "operations": 2}, "Ett felaktigt åtgärdsprogram ger eleven fel stöd."),
          T=({"operations": 1}, "Handlingarna används vid planerade möten; ett avbrott på "
             "några dagar påverkar inte stödet.")),
    ],
    "krankningar": [
        v("2026-04-14", "issamordnare", None, "2027-04-14", "PS",
          K=({"privacy": 3, "trust": 3}, "Anmälningarna rör ofta barns utsatthet och "
             "namnger både utsatta och utövare."),
          R=({"law": 2}, "Utredningen är huvudmannens underlag om Skolinspektionen granskar "
             "ärendet."),
          T=({"operations": 1}, "Anmälan kan lämnas på blankett om systemet inte "
             "fungerar.")),
    ],
    "barnomsorgsko": [
        v("2025-06-03", "forskola_chef", ("forskola_chef", "2025-06-30"), "2026-06-30", "P",
          K=({"privacy": 2}, "Uppgifter om familjer som söker plats, i enstaka fall med "
             "skyddad identitet."),
          R=({"law": 2, "trust": 2}, "Fel köplats ger placering i fel ordning och klagomål."),
          T=({"operations": 2}, "Placeringar görs inför terminsstart; under den perioden "
             "behövs kön varje dag.")),
    ],
    "avgiftsunderlag": [
        v("2026-01-20", "forskola_chef", ("forskola_chef", "2026-01-27"), "2027-01-27", "P",
          K=({"privacy": 2}, "Hushållens inkomster."),
          R=({"economic": 2, "trust": 2}, "Fel inkomst ger fel avgift för många hushåll."),
          T=({"operations": 1}, "Fakturering kan vänta en månad.")),
    ],
    # ---- socialtjänsten -----------------------------------------------------------------------
    "personakter_ifo": [
        v("2025-02-11", "issamordnare", ("ifo_chef", "2025-02-20"), "2026-02-20", "PSX",
          OSL_SOC,
          K=({"privacy": 3, "injury": 3, "law": 3}, "Akterna innehåller känsliga uppgifter "
             "om barn och vuxna: missbruk, våld, psykisk ohälsa. Omfattas av "
             "socialtjänstsekretess."),
          R=({"law": 3, "injury": 3}, "Felaktiga uppgifter kan leda till felaktiga beslut om "
             "vård eller skydd."),
          T=({"operations": 2}, "Handläggarna kan arbeta några dagar utan akterna.")),
        v("2026-10-06", "issamordnare", ("ifo_chef", "2026-10-12"), "2027-10-12", "PSX",
          OSL_SOC,
          K=({"privacy": 3, "injury": 3, "law": 3, "trust": 3}, "Som tidigare: känsliga "
             "uppgifter om barn och vuxna under socialtjänstsekretess. Ett röjande kan "
             "utsätta enskilda för fara, till exempel en skyddad adress."),
          R=({"law": 3, "injury": 3}, "Felaktiga eller ändrade uppgifter kan leda till "
             "felaktiga beslut om vård eller skydd av barn."),
          T=({"operations": 3, "injury": 3}, "Höjd från T2: socialjouren måste kunna läsa "
             "akten vid en akut skyddsbedömning, även kvällar och helger.")),
    ],
    "orosanmalningar": [
        v("2026-05-19", "issamordnare", ("ifo_chef", "2026-05-26"), "2027-05-26", "PSX",
          OSL_SOC,
          K=({"privacy": 3, "injury": 3}, "Anmälarens identitet och uppgifterna om barnet "
             "får inte röjas; ett röjande kan leda till hot mot anmälaren."),
          R=({"injury": 3, "law": 2}, "En anmälan som ändras eller försvinner kan innebära "
             "att ett barn inte får skydd."),
          T=({"injury": 3, "operations": 2}, "Skyddsbedömning ska göras samma dag som "
             "anmälan kommer in.")),
    ],
    "forsorjningsstod": [
        v("2025-11-04", "ekbistand", ("ifo_chef", "2025-11-04"), "2026-11-04", "PX",
          OSL_SOC,
          K=({"privacy": 3}, "Ekonomiska förhållanden och ofta uppgifter om hälsa och "
             "familj."),
          R=({"economic": 2, "law": 3}, "Fel beräkning ger fel utbetalning; beslutet kan "
             "överklagas."),
          T=({"operations": 2, "injury": 2}, "Utbetalningar måste kunna göras i tid; vid "
             "längre avbrott används nödutbetalning.")),
    ],
    "bistandsbeslut": [
        v("2026-02-17", "issamordnare", ("aldre_chef", "2026-02-24"), "2027-02-24", "PSX",
          OSL_SOC,
          K=({"privacy": 3}, "Hälsotillstånd och behov hos äldre personer."),
          R=({"law": 2, "injury": 2}, "Ett felaktigt beslut ger fel insats."),
          T=({"operations": 2}, "Beställningar till utförarna behöver gå iväg inom några "
             "dagar.")),
    ],
    "social_dok": [
        v("2026-02-17", "issamordnare", ("aldre_chef", "2026-02-24"), "2027-02-24", "PSX",
          OSL_SOC,
          K=({"privacy": 3}, "Löpande anteckningar om enskildas vardag, hälsa och "
             "relationer."),
          R=({"injury": 2, "law": 2}, "Personalen behöver korrekta instruktioner för att "
             "utföra insatsen rätt."),
          T=({"operations": 2, "injury": 2}, "Genomförandeplanen måste finnas tillgänglig "
             "för personalen vid varje besök.")),
    ],
    "hsljournal": [
        v("2026-02-24", "issamordnare", ("sof_chef", "2026-03-03"), "2027-03-03", "PSX",
          OSL_HSL,
          K=({"privacy": 3, "law": 3}, "Patientjournaler med uppgifter om hälsa, "
             "omfattade av hälso- och sjukvårdssekretess."),
          R=({"injury": 3}, "Fel läkemedel eller dos i journalen kan skada patienten "
             "allvarligt."),
          T=({"injury": 3, "operations": 3}, "Sjuksköterskorna måste kunna läsa journalen "
             "dygnet runt, till exempel vid ordination.")),
    ],
    "lssbeslut": [
        v("2026-03-03", "issamordnare", ("lss_chef", "2026-03-10"), "2027-03-10", "PSX",
          OSL_SOC,
          K=({"privacy": 3}, "Uppgifter om funktionsnedsättningar och insatser."),
          R=({"law": 2, "injury": 2}, "Fel insats eller omfattning påverkar den enskildes "
             "vardag."),
          T=({"operations": 2}, "Verkställigheten kan fortsätta några dagar utan "
             "systemet.")),
    ],
    "nycklar_brukare": [
        v("2026-09-22", "issamordnare", None, "2027-09-22", "P",
          K=({"injury": 3, "privacy": 2, "trust": 3}, "Den som får tag i nyckel- och "
             "larmuppgifterna kan ta sig in i brukarnas bostäder."),
          R=({"injury": 3}, "Fel kod eller nyckel gör att personalen inte kommer in till en "
             "brukare som behöver hjälp."),
          T=({"injury": 3, "operations": 3}, "Hemtjänsten behöver uppgifterna vid varje "
             "besök, även nattetid.")),
    ],
    # ---- HR -----------------------------------------------------------------------------------
    "loneuppgifter": [
        v("2025-01-20", "lon", ("hrchef", "2025-01-27"), "2026-01-27", "P",
          K=({"privacy": 2}, "Löner är allmänna handlingar, men kontonummer och avdrag "
             "ska inte spridas."),
          R=({"economic": 3, "trust": 3}, "Felaktiga utbetalningar till många anställda "
             "samtidigt skadar förtroendet och kostar att rätta."),
          T=({"economic": 3, "operations": 3}, "Lönen måste betalas ut den 25:e.")),
        v("2026-06-09", "lon", ("hrchef", "2026-06-16"), "2027-06-16", "P",
          K=({"privacy": 2}, "Oförändrad efter bytet av lönesystem: kontonummer, "
             "skatteuppgifter och avdrag."),
          R=({"economic": 3, "trust": 3, "law": 2}, "Felaktiga utbetalningar eller "
             "skatteavdrag för många anställda samtidigt; rapporteringen till Skatteverket "
             "måste stämma."),
          T=({"economic": 3, "operations": 3}, "Lönen måste betalas ut den 25:e. Sedan "
             "bytet finns en reservrutin, men den täcker bara en månad.")),
    ],
    "personalakter": [
        v("2025-04-08", "hrchef", ("hrchef", "2025-04-08"), "2026-04-08", "PSX",
          OSL_PERSONAL,
          K=({"privacy": 3}, "Kan innehålla uppgifter om hälsa, disciplinärenden och "
             "skyddade personuppgifter."),
          R=({"law": 2}, "Anställningsavtal och beslut är underlag i tvister."),
          T=({"operations": 1}, "Akterna behövs sällan med kort varsel.")),
    ],
    "rehab": [
        v("2026-05-05", "hrchef", ("hrchef", "2026-05-12"), "2027-05-12", "PSX",
          OSL_PERSONAL,
          K=({"privacy": 3, "trust": 2}, "Läkarintyg och uppgifter om hälsa hos "
             "enskilda anställda."),
          R=({"law": 2}, "Rehabiliteringsplanen är underlag för arbetsgivarens "
             "skyldigheter."),
          T=({"operations": 1}, "Ärendena planeras veckor i förväg.")),
    ],
    # ---- kansli, ledning, ekonomi, IT ---------------------------------------------------------
    "diarieforda": [
        v("2024-11-05", "registrator", ("kanslichef", "2024-11-12"), "2025-11-12", "P",
          K=({"privacy": 2, "law": 2}, "De flesta handlingar är offentliga; en del "
             "omfattas av sekretess."),
          R=({"law": 3}, "Diariet visar vilka allmänna handlingar kommunen har."),
          T=({"operations": 2}, "Registreringen kan vänta några dagar.")),
        v("2026-01-27", "registrator", ("kanslichef", "2026-02-03"), "2027-02-03", "PX",
          "Sekretess prövas för varje handling enligt offentlighets- och sekretesslagen",
          K=({"privacy": 3, "law": 2}, "Höjd från K2: sekretessbelagda handlingar från "
             "socialtjänsten och skolan diarieförs centralt sedan 2025."),
          R=({"law": 3, "trust": 3}, "Diariet är kommunens förteckning över allmänna "
             "handlingar; fel eller saknade poster bryter mot registreringsplikten."),
          T=({"operations": 2, "law": 2}, "Begäran om allmän handling ska behandlas "
             "skyndsamt, normalt samma dag.")),
    ],
    "protokoll": [
        v("2026-01-27", "registrator", ("kanslichef", "2026-02-03"), "2027-02-03", "P",
          K=({"privacy": 1}, "Protokollen är offentliga; enstaka paragrafer innehåller "
             "sekretess och hanteras separat."),
          R=({"law": 3, "trust": 3}, "Ett ändrat protokoll kan ändra innebörden av ett "
             "politiskt beslut."),
          T=({"operations": 2}, "Protokoll ska anslås inom lagstadgad tid.")),
    ],
    "styrdokument": [
        v("2026-01-27", "issamordnare", ("kommundirektor", "2026-02-09"), "2027-02-09",
          K=({"trust": 0}, "Offentliga dokument som publiceras på intranätet och webben."),
          R=({"operations": 2}, "Felaktiga rutiner leder till fel hantering i "
             "verksamheterna."),
          T=({"operations": 1}, "Dokumenten finns också i diariet.")),
    ],
    "krisplaner": [
        v("2026-02-10", "issamordnare", ("kommundirektor", "2026-02-17"), "2027-02-17", "PX",
          OSL_SAKERHET,
          K=({"society": 2, "privacy": 2}, "Privata telefonnummer och uppgifter om "
             "samhällsviktig verksamhet som kan utnyttjas för sabotage."),
          R=({"society": 3, "operations": 3}, "Fel nummer i larmlistan försenar "
             "krisledningen."),
          T=({"society": 3, "operations": 3}, "Planen måste gå att nå när IT inte "
             "fungerar; den finns även utskriven i krisledningsrummet.")),
    ],
    "leverantorsreskontra": [
        v("2026-03-10", "ekonomichef", ("ekonomichef", "2026-03-10"), "2027-03-10", "P",
          K=({"privacy": 1, "economic": 1}, "I huvudsak offentliga uppgifter om köp."),
          R=({"economic": 3}, "Ändrade bankuppgifter är en vanlig bedrägerimetod; "
             "felaktiga utbetalningar kan bli stora."),
          T=({"economic": 2}, "Fakturor kan betalas några dagar sent utan större "
             "skada.")),
    ],
    "kundreskontra": [
        v("2026-03-10", "ekonomichef", ("ekonomichef", "2026-03-17"), "2027-03-17", "P",
          K=({"privacy": 2}, "Visar vilka hushåll som har barnomsorg, hemtjänst eller "
             "skulder till kommunen."),
          R=({"economic": 2, "trust": 2}, "Fel fakturor till invånare."),
          T=({"economic": 1}, "Faktureringen kan skjutas några dagar.")),
    ],
    "budget": [
        v("2026-03-10", "ekonomichef", ("ekonomichef", "2026-03-10"), "2027-03-10",
          K=({"trust": 1}, "Offentligt efter beslut; prognoser under beredning är "
             "arbetsmaterial."),
          R=({"economic": 2, "trust": 2}, "Fel i prognoser ger fel beslutsunderlag."),
          T=({"operations": 1}, "Behövs inte med kort varsel.")),
    ],
    "epostarkiv": [
        v("2026-04-28", "itchef", ("kommundirektor", "2026-05-05"), "2027-05-05", "PS",
          K=({"privacy": 3, "law": 2}, "Medarbetarnas e-post kan innehålla vad som helst, "
             "även sekretessbelagda uppgifter som skickats fel."),
          R=({"law": 2}, "E-post kan vara allmänna handlingar."),
          T=({"operations": 2}, "Äldre e-post behövs sällan med kort varsel.")),
    ],
    "behorigheter": [
        v("2026-04-28", "itchef", ("itchef", "2026-05-05"), "2027-05-05", "P",
          K=({"society": 2, "privacy": 1}, "Konto- och gruppstrukturen underlättar ett "
             "intrång om den läcker."),
          R=({"operations": 3, "privacy": 3}, "Fel behörighet ger åtkomst till "
             "sekretessbelagda uppgifter eller stänger ute personal."),
          T=({"operations": 3}, "Utan katalogtjänsten kan ingen logga in.")),
    ],
    "loggar": [
        v("2026-04-28", "itsakerhet", ("itchef", "2026-05-05"), "2027-05-05", "P",
          K=({"privacy": 2}, "Användarnamn och IP-adresser."),
          R=({"law": 3, "operations": 2}, "Loggarna är bevis vid en incident och måste "
             "vara oförändrade."),
          T=({"operations": 2}, "Insamlingen kan stå still ett par dagar utan att loggar "
             "går förlorade.")),
    ],
    "etjanstearenden": [
        v("2026-05-26", "kommunikationschef", ("kommunikationschef", "2026-06-02"),
          "2027-06-02", "P",
          K=({"privacy": 2}, "Ärenden passerar plattformen innan de förs över; en del "
             "innehåller känsliga uppgifter."),
          R=({"trust": 2, "law": 2}, "Ett ärende som ändras på vägen ger fel underlag."),
          T=({"trust": 2}, "Invånarna kan använda blankett under ett avbrott.")),
    ],
    # ---- samhällsbyggnad ------------------------------------------------------------------------
    "gisdata": [
        v("2026-06-16", "gis_samordnare", ("sbf_chef", "2026-06-23"), "2027-06-23",
          K=({"privacy": 0}, "I huvudsak offentlig kartinformation."),
          R=({"operations": 2, "law": 2}, "Fel i detaljplaner eller adresser ger fel "
             "beslut i bygglov och räddningstjänst."),
          T=({"operations": 2}, "Handläggningen kan vänta några dagar.")),
    ],
    "fastighetsagare": [
        v("2026-06-16", "gis_samordnare", ("sbf_chef", "2026-06-23"), "2027-06-23", "P",
          K=({"privacy": 1}, "Uppgifterna är offentliga hos Lantmäteriet, men skyddade "
             "personuppgifter förekommer."),
          R=({"law": 2}, "Fel ägare får beslut och grannehöranden."),
          T=({"operations": 1}, "Kan hämtas på nytt från Lantmäteriet.")),
    ],
    "vadrift": [
        v("2026-03-24", "va_chef", ("va_chef", "2026-03-31"), "2027-03-31",
          K=({"society": 1}, "Mätvärden och larm avslöjar lite om anläggningarna."),
          R=({"injury": 3, "society": 3, "environment": 3}, "Manipulerade mätvärden kan "
             "dölja ett fel i vattenreningen och leda till förorenat dricksvatten."),
          T=({"society": 3, "environment": 3}, "Utan övervakningen måste anläggningarna "
             "bemannas dygnet runt.")),
    ],
    "varitningar": [
        v("2026-03-24", "va_chef", ("va_chef", "2026-03-31"), "2027-03-31", "X",
          OSL_SAKERHET,
          K=({"society": 3}, "Ritningar över vattenverk och reservoarer kan användas för "
             "att planera sabotage mot dricksvattenförsörjningen."),
          R=({"operations": 2, "injury": 2}, "Fel ledningsläge ger risk vid grävning."),
          T=({"operations": 1}, "Ritningarna finns även på papper.")),
    ],
    "vaabonnenter": [
        v("2026-03-24", "va_chef", ("va_chef", "2026-03-31"), "2027-03-31", "P",
          K=({"privacy": 1}, "Namn och adresser; förbrukning per fastighet."),
          R=({"economic": 2}, "Fel mätarställning ger fel faktura."),
          T=({"operations": 1}, "Debiteringen kan vänta.")),
    ],
    "felanmalningar": [
        v("2026-05-12", "gatapark_chef", ("gatapark_chef", "2026-05-19"), "2027-05-19", "P",
          K=({"privacy": 1}, "Kontaktuppgifter till den som anmäler."),
          R=({"operations": 1}, "En felaktig plats försenar åtgärden."),
          T=({"operations": 2, "injury": 2}, "Akuta fel som vattenläckor ska kunna "
             "anmälas dygnet runt; telefonen till jouren är reserv.")),
    ],
    "passerloggar": [
        v("2026-05-12", "fastighet_chef", ("fastighet_chef", "2026-05-19"), "2027-05-19", "P",
          K=({"privacy": 2}, "Visar var enskilda medarbetare befunnit sig."),
          R=({"law": 2}, "Loggarna kan behövas som bevis efter ett inbrott."),
          T=({"operations": 1}, "Dörrarna fungerar även när loggningen står still.")),
    ],
    "bygglovsarenden": [
        v("2026-06-02", "bygglov_chef", ("bygglov_chef", "2026-06-09"), "2027-06-09", "P",
          K=({"privacy": 1}, "Ärendena är i huvudsak offentliga."),
          R=({"law": 2, "economic": 2}, "Fel i beslut eller ritningar kan leda till "
             "skadeståndsanspråk."),
          T=({"operations": 1}, "Lagstadgade handläggningstider räknas i veckor.")),
    ],
    "tillsynsarenden": [
        v("2026-06-02", "miljo_chef", ("miljo_chef", "2026-06-09"), "2027-06-09", "P",
          K=({"privacy": 1, "economic": 1}, "Inspektionsrapporter är offentliga; "
             "företagens affärsförhållanden kan omfattas av sekretess."),
          R=({"law": 2}, "Förelägganden måste bygga på korrekta iakttagelser."),
          T=({"operations": 1}, "Tillsynen planeras i förväg.")),
    ],
    # ---- kultur och fritid, bostadsbolaget -----------------------------------------------------
    "lantagare": [
        v("2026-09-08", "bibliotek_chef", ("bibliotek_chef", "2026-09-15"), "2027-09-15", "P",
          K=({"privacy": 2}, "Vad en person lånar omfattas av sekretess; lånehistorik "
             "sparas därför inte."),
          R=({"operations": 1}, "Fel lån på fel låntagare rättas vid nästa besök."),
          T=({"operations": 1}, "Utlån kan noteras manuellt.")),
    ],
    "hyresgaster": [
        v("2026-08-25", "bostader_vd", ("bostader_vd", "2026-09-01"), "2027-09-01", "P",
          K=({"privacy": 2}, "Hyresgäster, betalningsanmärkningar och störningsärenden."),
          R=({"economic": 2, "law": 2}, "Fel hyresavtal eller hyra leder till tvister."),
          T=({"operations": 2}, "Felanmälan och inflyttningar behöver registret varje "
             "dag.")),
    ],
}

# Not classified: elevhälsans journaler (a core action plans it), gymnasieantagningen, the
# social services' statistics, recruitment and the associations' bookings.
UNCLASSIFIED = ["elevhalsojournaler", "gymnasieantagning", "soc_statistik", "rekrytering",
                "lokalbokningar"]

# ---- requirement follow-up ----------------------------------------------------------------------
# Per asset: code → (status, comment, day). Requirements the profile calls for but not listed
# have no status yet. "met" rows may have no comment.
MET = "met"
PARTLY = "partly_met"
NOT_MET = "not_met"
NA = "not_applicable"

FULFILMENTS = {
    "personakter_ifo": ("2026-10-20", {
        "AC-01": (MET, "Personliga konton med SITHS-kort."),
        "AC-02": (MET, "Behörighet per enhet; familjerätten ser inte försörjningsstödet."),
        "AC-03": (PARTLY, "Genomgången 2026 gjordes för barn och unga; vuxenenheten "
                          "återstår."),
        "AC-04": (MET, ""),
        "AC-05": (MET, "Tvåfaktorsinloggning med SITHS sedan 2024."),
        "AC-06": (MET, "Administratörskonton hos leverantören är personliga."),
        "AC-07": (MET, ""),
        "LG-02": (PARTLY, "Läsningar loggas men följs inte upp regelbundet; se åtgärden i "
                          "kommunens åtgärdslista om logguppföljning."),
        "LG-03": (MET, ""),
        "LG-05": (MET, "Loggarna lagras hos leverantören och kan inte ändras av "
                       "användarna."),
        "BU-01": (MET, ""),
        "BU-02": (MET, "Återläsning testad av leverantören i maj 2026."),
        "BU-03": (MET, ""),
        "BU-04": (MET, ""),
        "BU-05": (MET, ""),
        "BU-06": (PARTLY, "Avtalad återställningstid är 24 timmar; socialjouren behöver "
                          "akterna snabbare."),
        "EN-01": (MET, ""),
        "EN-02": (MET, ""),
        "EN-03": (MET, "Leverantören hanterar nycklarna enligt avtalet."),
        "EN-04": (NOT_MET, "Handläggarna skickar ibland känsliga uppgifter med vanlig "
                           "e-post till andra myndigheter."),
        "EN-05": (MET, ""),
        "EN-06": (MET, ""),
        "CO-01": (PARTLY, "Reservrutin finns för barn och unga men inte för "
                          "vuxenenheten."),
        "CO-02": (NOT_MET, "Planen har inte övats."),
        "CO-03": (MET, ""),
        "CO-05": (MET, "Pappersblanketter för skyddsbedömning finns hos socialjouren."),
        "CO-06": (MET, ""),
        "SU-01": (MET, ""),
        "SU-02": (MET, "Biträdesavtal med Treklöver Omsorgssystem AB, granskat 2026."),
        "SU-03": (MET, "Data lagras i Sverige."),
        "SU-04": (MET, ""),
        "SU-05": (MET, ""),
        "PH-01": (NA, "Systemet driftas hos leverantören."),
        "PH-02": (PARTLY, "Rutinen finns men följs inte i alla kontorslandskap."),
        "PH-03": (MET, ""),
        "PH-04": (NA, "Systemet driftas hos leverantören."),
        "PH-05": (MET, ""),
    }),
    "loneuppgifter": ("2026-06-23", {
        "AC-01": (MET, ""),
        "AC-02": (MET, "Chefer ser bara sina medarbetare."),
        "AC-03": (MET, "Behörigheterna gicks igenom vid bytet av lönesystem."),
        "AC-04": (MET, ""),
        "BU-01": (MET, ""),
        "BU-02": (NOT_MET, "Återläsning av säkerhetskopian har inte testats i det nya "
                           "systemet."),
        "BU-03": (MET, ""),
        "BU-06": (PARTLY, "Leverantören lovar återställning inom två dygn; lönekörningen "
                          "tål inte så långt avbrott nära den 25:e."),
        "CO-01": (MET, "Reservrutin för löneutbetalning klar i oktober."),
        "CO-02": (NOT_MET, "Övning planerad med leverantören i december."),
        "EN-01": (MET, ""),
        "SU-02": (MET, ""),
        "SU-05": (MET, ""),
    }),
    "elevregister": ("2026-04-07", {
        "AC-01": (MET, ""),
        "AC-02": (MET, ""),
        "AC-05": (PARTLY, "Personalen loggar in med tvåfaktor; vissa administratörer hos "
                          "leverantören gör det inte."),
        "EN-02": (MET, ""),
        "SU-02": (MET, "Nytt biträdesavtal i maj 2026."),
        "SU-03": (MET, ""),
    }),
}

# Gaps made into actions in core's tracker: (asset, code) → key, title, responsible, due date,
# due quarter, status, day created, description
GAP_ACTIONS = [
    (("personakter_ifo", "EN-04"), "saker_epost_ifo",
     "Säker e-post för socialtjänstens akter (krav EN-04)", "sysforv_soc", None, "2027-Q1",
     "not_started", "2026-10-21",
     "Känsliga uppgifter ska bara skickas krypterat till andra myndigheter. Inför säker "
     "e-post för individ- och familjeomsorgen och utbilda handläggarna.\n\n"
     "Informationstillgång: Personakter inom socialtjänsten"),
    (("loneuppgifter", "BU-02"), "aterlasning_lon",
     "Testa återläsning av lönesystemets säkerhetskopia (krav BU-02)", "lon",
     "2027-02-28", None, "in_progress", "2026-06-24",
     "Återläs en säkerhetskopia av lönesystemet i testmiljön tillsammans med leverantören "
     "och dokumentera hur lång tid det tar.\n\n"
     "Informationstillgång: Löneuppgifter"),
]


# the stable uuid of one of this part's rows: row_uuid(table, key)
row_uuid = functools.partial(core.part_uuid, "classification")


@functools.lru_cache(maxsize=None)
def area_uuids():
    """The built-in consequence areas' fixed uuids, read from the migration script."""
    text = open(SCHEMA, encoding="utf-8").read()
    block = text[text.index("INSERT INTO classification_area"):]
    block = block[:block.index(";")]
    areas = dict((key, u) for u, key in re.findall(r"\('([0-9a-f-]{36})', '(\w+)', \d+\)", block))
    assert len(areas) == 8, areas
    return areas


def catalogue():
    with open(CATALOGUE, encoding="utf-8") as f:
        data = json.load(f)
    assert data["format"] == "trygg-requirements"
    return data["requirements"]


def level(spec):
    """The aspect's level: the highest answer, as trygg_classification_save() sets it."""
    answers, _ = spec
    return max(answers.values())


def required(requirements, version):
    """The codes the version's profile calls for: aspect level ≥ min_level."""
    levels = {a: level(version["aspects"][a]) for a in ASPECTS}
    return {r["code"] for r in requirements
            if r["aspect"] in levels and levels[r["aspect"]] >= r["min_level"]}


def build():
    persons = {key for key, *_ in core.PERSONS}
    areas = area_uuids()
    requirements = catalogue()
    tables = {"classification_requirement": [], "classification": [],
              "classification_aspect": [], "classification_answer": [],
              "classification_fulfilment": [], "action": []}

    # the bundled catalogue, as trygg_classification_import_bundled() adds it for a Swedish user
    added = core.stamp(core.d("2024-05-06"), 9 * 60)
    for r in requirements:
        tables["classification_requirement"].append({
            "uuid": row_uuid("classification_requirement", r["code"]),
            "created_at": added, "updated_at": added,
            "code": r["code"], "area": r["area"], "title": r["title"], "as_is": r["as_is"],
            "shall": r["shall"], "aspect": r["aspect"], "min_level": r["min_level"]})
    requirement_uuid = {r["code"]: row_uuid("classification_requirement", r["code"])
                        for r in requirements}

    for i, (asset, versions) in enumerate(CLASSIFICATIONS.items()):
        for n, version in enumerate(versions, 1):
            key = f"{asset}/{n}"
            created = core.stamp(core.d(version["day"]), 9 * 60 + (i * 7) % 300)
            by = version["by"]
            signer, signed_on = version["signed"] if version["signed"] else (None, None)
            assert by in persons and (signer is None or signer in persons), key
            flags = version["flags"]
            class_uuid = row_uuid("classification", key)
            tables["classification"].append({
                "uuid": class_uuid, "created_at": created, "updated_at": created,
                "asset_id": core.row_uuid("information_asset", asset), "version": n,
                "preset": "klassa", "personal_data": int("P" in flags),
                "special_categories": int("S" in flags), "secrecy": int("X" in flags),
                "secrecy_reference": version["secrecy"] if "X" in flags else "",
                "classified_by_id": core.row_uuid("person", by),
                "signed_off_by_id": core.row_uuid("person", signer) if signer else None,
                "signed_off_on": signed_on, "next_review": version["review"]})
            for aspect in ASPECTS:
                spec = version["aspects"][aspect]
                answers, rationale = spec
                tables["classification_aspect"].append({
                    "uuid": row_uuid("classification_aspect", f"{key}/{aspect}"),
                    "created_at": created, "updated_at": created,
                    "classification_id": class_uuid, "aspect": aspect,
                    "level": level(spec), "rationale": rationale})
                # the areas where a breach has a consequence worth naming
                for area in sorted(answers, key=list(areas).index):
                    tables["classification_answer"].append({
                        "uuid": row_uuid("classification_answer", f"{key}/{aspect}/{area}"),
                        "created_at": created, "updated_at": created,
                        "classification_id": class_uuid, "aspect": aspect,
                        "area_id": areas[area], "level": answers[area]})

    actions = {target: rest for target, *rest in GAP_ACTIONS}
    for asset, (day, statuses) in FULFILMENTS.items():
        current = CLASSIFICATIONS[asset][-1]
        calls_for = required(requirements, current)
        for j, (code, (status, comment)) in enumerate(sorted(statuses.items())):
            assert code in calls_for, (asset, code)
            created = core.stamp(core.d(day), 10 * 60 + j * 2)
            f_uuid = row_uuid("classification_fulfilment", f"{asset}/{code}")
            action_uuid = None
            if (asset, code) in actions:
                (key, title, responsible, due_date, due_quarter, a_status, a_day,
                 description) = actions[(asset, code)]
                assert status in (NOT_MET, PARTLY), (asset, code)
                assert responsible in persons, key
                action_uuid = row_uuid("action", key)
                a_created = core.stamp(core.d(a_day), 11 * 60 + j)
                tables["action"].append({
                    "uuid": action_uuid, "created_at": a_created,
                    "updated_at": core.later(a_created, 30),
                    "title": title, "description": description,
                    "source_plugin": "classification", "source_uuid": f_uuid,
                    "responsible_id": core.row_uuid("person", responsible),
                    "due_date": due_date, "due_quarter": due_quarter, "status": a_status,
                    "completed_on": None})
            tables["classification_fulfilment"].append({
                "uuid": f_uuid, "created_at": created, "updated_at": created,
                "asset_id": core.row_uuid("information_asset", asset),
                "requirement_id": requirement_uuid[code], "status": status,
                "comment": comment, "action_id": action_uuid})
    return tables


def check(tables):
    """What the schema cannot say: the demo's own promises."""
    assets = {key for key, *_ in core.ASSETS}
    assert set(CLASSIFICATIONS) <= assets, set(CLASSIFICATIONS) - assets
    assert set(UNCLASSIFIED) <= assets and not set(UNCLASSIFIED) & set(CLASSIFICATIONS)
    assert set(CLASSIFICATIONS) | set(UNCLASSIFIED) == assets, \
        assets - set(CLASSIFICATIONS) - set(UNCLASSIFIED)
    today = core.TODAY.isoformat()
    overdue = [a for a, versions in CLASSIFICATIONS.items() if versions[-1]["review"] < today]
    assert 3 <= len(overdue) <= 5, overdue
    unsigned = [a for a, versions in CLASSIFICATIONS.items() if versions[-1]["signed"] is None]
    assert 1 <= len(unsigned) <= 3, unsigned
    assert 3 <= len(UNCLASSIFIED) <= 6
    assert any(len(versions) > 1 for versions in CLASSIFICATIONS.values())
    for asset, versions in CLASSIFICATIONS.items():
        days = [version["day"] for version in versions]
        assert days == sorted(days) and days[-1] < today, asset
        for version in versions:
            assert ("X" in version["flags"]) == bool(version["secrecy"]), asset
            assert version["review"] > version["day"], asset
            if version["signed"]:
                assert version["day"] <= version["signed"][1] < today, asset
            for aspect in ASPECTS:
                answers, rationale = version["aspects"][aspect]
                assert rationale and answers, (asset, aspect)
                assert set(answers) <= set(area_uuids()), (asset, aspect)
                # level 4 is for the security-protection officer, outside Trygg
                assert all(MIN_LEVEL <= x < MAX_LEVEL for x in answers.values()), asset
    statuses = {row["status"] for row in tables["classification_fulfilment"]}
    assert statuses == {MET, PARTLY, NOT_MET, NA}, statuses
    assert len(tables["action"]) == len(GAP_ACTIONS)
    for rows in tables.values():
        for row in rows:
            assert row["created_at"] <= row["updated_at"] < core.stamp(core.TODAY), row


if __name__ == "__main__":
    core.run(__doc__, os.path.join(HERE, "classification.json"), build, check,
             {"classification": 1})
