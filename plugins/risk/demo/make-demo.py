#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes plugins/risk/demo/risk.json: the risk plugin's part of Exempelkommun.

Two risk analyses, as an exchange file imported by `trygg --demo` after core's part
(data/demo/core.json):

- the workshop on Socialförvaltningen's case and records system ("Verksamhetssystem för
  socialtjänsten"): twelve risks with initial and residual scores, treatments and owners,
  seven participants, approved by the head of administration;
- a draft on the e-mail service ("E-post och kalender") on the 5 × 5 matrix: six risks, some
  not yet assessed after measures.

Each matrix is written as trygg_risk_create_analysis() makes it from its preset
(risk-model.c), with the Swedish texts of po/sv.po, since the demo is Swedish. A proposed
measure is two rows, as risk-measures.c writes them: an `action` in core's tracker
(source_plugin 'risk', source_uuid = the measure's uuid) and the `risk_measure` linking it to
its risk. Some measures are done, two are past their deadline on the demo's today.

Everything here is fictional. The output is deterministic: uuids are uuid5 over core's
namespace with keys "risk/<table>/<key>", persons and systems are core's (their uuids computed
by core's generator), and every timestamp is a fixed date in 2026.

    python3 plugins/risk/demo/make-demo.py            # writes risk.json here
    python3 plugins/risk/demo/make-demo.py -o FILE    # writes FILE instead

Python 3 standard library only.
"""

import functools
import os
import runpy
import types

HERE = os.path.dirname(os.path.abspath(__file__))
CORE_SCRIPT = os.path.join(HERE, "..", "..", "..", "data", "demo", "make-demo.py")


# core's generator data/demo/make-demo.py, run as a module: its namespace and tables, row_uuid(),
# part_uuid(), stamp(), TODAY, and run() with the command line every part shares
core = types.SimpleNamespace(**runpy.run_path(CORE_SCRIPT))

# ---- the presets of risk-model.c, in Swedish (po/sv.po) -----------------------------------------
# id: (probability [(name, description)], consequence [(name, description)],
#      bands [(name, lower, upper, colour, accept_by, treat_within_days, inform)])
PRESETS = {
    "default": (
        [("Mycket låg", "Mer sällan än en gång på 10 år"),
         ("Låg", "En gång på 1–10 år"),
         ("Hög", "Ungefär en gång om året"),
         ("Mycket hög", "Mer än en gång om året")],
        [("Försumbar", "Ingen eller försumbar skada"),
         ("Måttlig", "Måttlig skada"),
         ("Betydande", "Betydande skada"),
         ("Allvarlig", "Allvarlig skada")],
        [("Låg", 1, 2, "green", "Riskägare", None, ""),
         ("Medel", 3, 6, "yellow", "Riskägare", 365, "Informationssäkerhetssamordnare"),
         ("Hög", 8, 12, "orange", "Förvaltningschef", 90, "Informationssäkerhetssamordnare"),
         ("Extrem", 16, 16, "red", "Kommundirektör", 30, "Ledningen")]),
    "five": (
        [("Mycket osannolik", "Mer sällan än en gång på 10 år"),
         ("Osannolik", "En gång på 5–10 år"),
         ("Möjlig", "En gång på 1–5 år"),
         ("Sannolik", "En eller flera gånger om året"),
         ("Mycket sannolik", "Varje månad eller oftare")],
        [("Försumbar", "Ingen eller försumbar skada"),
         ("Liten", "Liten skada"),
         ("Måttlig", "Måttlig skada"),
         ("Allvarlig", "Allvarlig skada"),
         ("Mycket allvarlig", "Mycket allvarlig skada")],
        [("Grön", 1, 4, "green", "Riskägare", None, ""),
         ("Gul", 5, 10, "yellow", "Förvaltningschef", 180, "Informationssäkerhetssamordnare"),
         ("Röd", 12, 25, "red", "Kommundirektör", 30, "Ledningen")]),
}

# ---- the analyses -------------------------------------------------------------------------------
# key: title, preset, lead, analysed on, approved by, approved on, created (day), purpose,
# scope, out of scope, method notes, systems, assets, processes, units, participants
# [(person, role)]
ANALYSES = {
    "soc": dict(
        title="Verksamhetssystemet för socialtjänsten",
        preset="default", lead="issamordnare", analysed_on="2026-04-22",
        approved_by="sof_chef", approved_on="2026-05-19", created="2026-04-08",
        purpose="Att identifiera och värdera riskerna för personakter och social dokumentation "
                "i socialtjänstens verksamhetssystem inför avtalsförlängningen med "
                "leverantören, och besluta om åtgärder.",
        scope="Verksamhetssystemet för socialtjänsten med dess integrationer mot "
              "e-tjänsteplattformen och ekonomisystemet, användningen inom individ- och "
              "familjeomsorgen, äldreomsorgen och LSS, hemtjänstens mobila dokumentation samt "
              "behörighetsadministrationen.",
        out_of_scope="Leverantörens interna drift och utveckling, som granskas vid "
                     "uppföljningen av avtalet. Journalsystemet för elevhälsan och de "
                     "digitala låsen i hemtjänsten, som analyseras var för sig.",
        method_notes="Riskanalysen gjordes vid en workshop på tre timmar den 22 april 2026 "
                     "med kommunens matris 4 × 4. Deltagarna föreslog hot och sårbarheter "
                     "utifrån informationsklassningen av personakterna (K3 R3 T3) och "
                     "inträffade incidenter. Varje risk värderades först utan de föreslagna "
                     "åtgärderna och sedan med dem. Förvaltningschefen fastställde analysen "
                     "och besluten om acceptans den 19 maj 2026.",
        systems=["soc"],
        assets=["personakter_ifo", "social_dok", "bistandsbeslut"],
        processes=["bistandshandlaggning", "hemtjanst"],
        units=["sof", "ifo", "aldreomsorg"],
        participants=[("issamordnare", "Processledare"),
                      ("ifo_chef", "Verksamhetsföreträdare, individ- och familjeomsorg"),
                      ("aldre_chef", "Verksamhetsföreträdare, äldreomsorg"),
                      ("hemtjanst", "Verksamhetsföreträdare, hemtjänst"),
                      ("sysforv_soc", "Systemförvaltare"),
                      ("itsakerhet", "IT-säkerhet"),
                      ("dso", "Dataskyddsombud")]),
    "epost": dict(
        title="E-post och kalender",
        preset="five", lead="itsakerhet", analysed_on="2026-11-10",
        approved_by=None, approved_on=None, created="2026-11-02",
        purpose="Att bedöma riskerna med hur kommunens medarbetare skickar och tar emot "
                "e-post och delar kalendrar, efter flera incidenter med felskickad e-post.",
        scope="E-post och kalender i molntjänsten, för alla förvaltningar. E-post med "
              "personuppgifter till och från medborgare och andra myndigheter.",
        out_of_scope="Telefoni och chatt. Säker digital kommunikation mellan myndigheter, "
                     "som utreds i ett eget projekt.",
        method_notes="Utkast efter första workshopen den 10 november 2026 med matrisen "
                     "5 × 5. Restrisken är bara bedömd för en del av riskerna; den värderas "
                     "vid nästa möte.",
        systems=["epost"],
        assets=["epostarkiv", "behorigheter"],
        processes=[],
        units=["it"],
        participants=[("itsakerhet", "Processledare"),
                      ("itchef", "Systemägare"),
                      ("dso", "Dataskyddsombud"),
                      ("registrator", "Registrator"),
                      ("issamordnare", "Informationssäkerhetssamordnare")]),
}

# analysis, key, cause, event, consequence, aspects (K, R, T), probability, consequence,
# existing measures, treatment, residual (probability, consequence) or None, owner, status,
# measures [(key, title, responsible, due date, status, completed on, description)]
RISKS = [
    ("soc", "nyfiken",
     "Behörigheterna ger åtkomst till alla akter inom förvaltningen, och loggarna följs "
     "inte upp regelbundet.",
     "Medarbetare läser personakter utan att ha ett ärende som kräver det.",
     "Integritetsintrång för den enskilde, brott mot sekretessen, förlorat förtroende för "
     "socialtjänsten och risk för sanktionsavgift.",
     "K", 4, 4,
     "Sekretessförbindelse vid anställning. Loggar sparas i två år.",
     "reduce", (2, 3), "ifo_chef", "in_treatment",
     [("varning", "Varning när en akt öppnas utan ärende", "sysforv_soc", "2026-06-30",
       "done", "2026-06-24",
       "Systemet visar en varning och kräver en orsak när en medarbetare öppnar en akt som "
       "inte hör till något av hens pågående ärenden. Orsaken loggas.")]),
    ("soc", "behorighet_kvar",
     "Ingen koppling mellan HR-systemet och behörighetsadministrationen; chefer glömmer att "
     "beställa borttag av behörighet.",
     "Behörigheter ligger kvar när en medarbetare byter enhet eller slutar.",
     "Tidigare medarbetare eller medarbetare på fel enhet kan läsa och ändra uppgifter om "
     "enskilda.",
     "KR", 3, 3,
     "Behörigheterna stäms av med cheferna en gång om året.",
     "reduce", (2, 3), "sof_chef", "in_treatment",
     [("sparr_byte", "Spärra behörighet automatiskt vid byte av enhet", "sysforv_soc",
       "2026-10-15", "in_progress", None,
       "När HR-systemet registrerar ny enhet eller avslutad anställning spärras behörigheten "
       "i verksamhetssystemet samma dag, tills den nya chefen har beställt en ny.")]),
    ("soc", "natt",
     "Planerade uppdateringar och oplanerade avbrott inträffar nattetid, och nattpersonalen "
     "saknar reservrutin.",
     "Verksamhetssystemet är otillgängligt för nattpatrullen under natten.",
     "Nattpersonalen kan inte läsa genomförandeplaner, larmuppgifter och ordinationer; risk "
     "för felaktig vård och omsorg.",
     "T", 3, 3,
     "Leverantören aviserar planerade avbrott en vecka i förväg.",
     "reduce", (3, 2), "aldre_chef", "in_treatment",
     [("reserv_natt", "Reservrutin på papper för nattpatrullen", "hemtjanst", "2026-05-29",
       "done", "2026-05-27",
       "Varje kväll skrivs en sammanställning av nattens besök med larm- och nyckeluppgifter "
       "ut och förvaras inlåst hos nattpatrullen. Sammanställningen förstörs på morgonen.")]),
    ("soc", "fel_person",
     "Personer med liknande namn; sökning görs på namn i stället för personnummer; hög "
     "arbetsbelastning.",
     "En anteckning förs in i fel persons akt.",
     "Felaktiga beslut om insatser, sekretessuppgifter röjs för fel person när akten lämnas "
     "ut, och akten måste rättas.",
     "KR", 3, 3,
     "Akten visar namn och personnummer i sidhuvudet.",
     "reduce", (2, 3), "ifo_chef", "in_treatment",
     [("kontroll_person", "Rutin: kontrollera personen före anteckning", "ifo_chef",
       "2026-08-31", "done", "2026-08-20",
       "Handläggaren söker alltid på personnummer och kontrollerar namn och personnummer "
       "innan en anteckning sparas. Rutinen ingår i introduktionen av nya medarbetare.")]),
    ("soc", "uppdatering",
     "Leverantörens uppdateringar installeras utan test i kommunens testmiljö, och "
     "integrationerna är inte dokumenterade.",
     "En uppdatering av systemet bryter integrationen mot ekonomisystemet.",
     "Utbetalningar av ekonomiskt bistånd försenas, enskilda står utan pengar och "
     "handläggarna får manuellt merarbete.",
     "RT", 3, 3,
     "Leverantören testar uppdateringarna i sin egen miljö.",
     "reduce", (2, 2), "sysforv_soc", "in_treatment",
     [("testmiljo", "Testa uppdateringar i testmiljön före driftsättning", "sysforv_soc",
       "2026-12-11", "in_progress", None,
       "Varje uppdatering installeras först i testmiljön, där utbetalningsfilen till "
       "ekonomisystemet och e-tjänsternas ärenden provas innan uppdateringen godkänns.")]),
    ("soc", "loggning",
     "Loggservern saknar övervakning; när disken blir full slutar loggningen utan larm.",
     "Åtkomstloggningen slutar fungera utan att någon märker det.",
     "Obehörig åtkomst kan varken upptäckas eller utredas, och kravet på uppföljning av "
     "loggar kan inte uppfyllas.",
     "KR", 2, 3,
     "Loggarna kontrolleras vid misstanke om obehörig åtkomst.",
     "reduce", (1, 3), "itchef", "open",
     [("larm_logg", "Larm när loggflödet stannar", "itsakerhet", "2026-09-30",
       "not_started", None,
       "Övervakningen larmar IT-jouren om verksamhetssystemets loggar inte har kommit in på "
       "en timme eller om loggserverns disk är fylld till mer än 80 procent.")]),
    ("soc", "natfiske",
     "Inloggning utanför kommunens nät kräver bara lösenord.",
     "En angripare loggar in med en handläggares lösenord, stulet genom nätfiske.",
     "Stora mängder känsliga uppgifter kan läsas eller ändras; personuppgiftsincident som "
     "ska anmälas till tillsynsmyndigheten.",
     "KR", 2, 4,
     "Utbildning om nätfiske för alla medarbetare. Skräppostfilter.",
     "reduce", (2, 4), "itchef", "in_treatment",
     [("mfa_soc", "Tvåfaktorsinloggning i verksamhetssystemet", "itchef", "2026-12-31",
       "in_progress", None,
       "Inloggning i verksamhetssystemet kräver tvåfaktorsautentisering, även inom "
       "kommunens nät. Införs enhet för enhet under hösten.")]),
    ("soc", "skyddad",
     "Markeringen för skyddade personuppgifter syns inte i alla vyer och utskrifter.",
     "Adressen till en person med skyddade personuppgifter lämnas ut.",
     "Fara för den enskildes liv och hälsa och ett allvarligt brott mot sekretessen.",
     "K", 1, 4,
     "Särskild rutin och behörighetsgrupp för ärenden med skyddade personuppgifter; "
     "utskrifter kontrolleras av en andra handläggare.",
     "accept", (1, 4), "ifo_chef", "accepted", []),
    ("soc", "utskrifter",
     "Två enheter hade skrivare utan säker utskrift.",
     "Utskrivna utredningar blir liggande i en gemensam skrivare.",
     "Obehöriga, även besökare, kan läsa sekretessuppgifter.",
     "K", 3, 2,
     "Säker utskrift med passerkort infördes på alla enheter i mars 2026.",
     "reduce", (1, 2), "sof_chef", "closed", []),
    ("soc", "aterlasning",
     "Återläsning av säkerhetskopior har aldrig provats för verksamhetssystemet.",
     "Data kan inte återställas efter ett haveri eller ett utpressningsangrepp.",
     "Dokumentation förloras och akter måste återskapas; verksamheten kan inte fatta "
     "beslut på korrekt underlag.",
     "RT", 1, 4,
     "Återläsning ingår i driftavtalet: leverantören provar den varje kvartal och lämnar "
     "en rapport till systemförvaltaren.",
     "transfer", (1, 3), "sof_chef", "accepted", []),
    ("soc", "export",
     "Handläggare tar ut listor med personuppgifter för uppföljning och sparar dem på den "
     "gemensamma filytan.",
     "Listor med personuppgifter sparas på den gemensamma filytan.",
     "Fler än de behöriga kan läsa uppgifterna, och listorna gallras inte.",
     "K", 3, 2,
     "Filytan är begränsad till förvaltningens medarbetare.",
     "avoid", (1, 2), "sof_chef", "closed",
     [("stang_export", "Stäng av fri export; standardrapporter i stället", "sysforv_soc",
       "2026-07-31", "done", "2026-07-08",
       "Fri export till kalkylark är avstängd. Uppföljningen görs med "
       "standardrapporterna i systemets rapportverktyg, som bara visar antal.")]),
    ("soc", "mobil",
     "Hemtjänstens personal dokumenterar i tjänstetelefoner som följer med ut till "
     "brukarna.",
     "En tjänstetelefon med åtkomst till verksamhetssystemet tappas bort.",
     "Den som hittar telefonen kan läsa uppgifter om brukarna om den inte är låst.",
     "K", 3, 2,
     "Telefonerna hanteras centralt med krav på skärmlås och kan fjärraderas.",
     "accept", (2, 1), "aldre_chef", "accepted", []),

    ("epost", "kapat_konto",
     "Nätfiskemejl blir allt svårare att känna igen; tvåfaktorsinloggning är inte införd "
     "för alla konton.",
     "En angripare tar över en medarbetares e-postkonto.",
     "Angriparen läser e-post med personuppgifter och skickar bedrägliga mejl i kommunens "
     "namn.",
     "KR", 4, 4,
     "Skräppostfilter. Årlig övning mot nätfiske.",
     "reduce", (2, 4), "itchef", "open", []),
    ("epost", "okrypterat",
     "Det saknas ett enkelt sätt att skicka känsliga uppgifter säkert till medborgare och "
     "andra myndigheter.",
     "Känsliga personuppgifter skickas okrypterat med e-post till externa mottagare.",
     "Uppgifterna kan läsas av obehöriga under överföringen; brott mot sekretessen.",
     "K", 4, 3,
     "Riktlinjen säger att känsliga uppgifter inte får skickas med e-post.",
     "reduce", None, "dso", "open",
     [("saker_epost", "Inför säker e-post för känsliga uppgifter", "itsakerhet",
       "2027-04-30", "not_started", None,
       "En tjänst för krypterad e-post där mottagaren legitimerar sig med e-legitimation.")]),
    ("epost", "fel_mottagare",
     "E-postprogrammet fyller i adresser automatiskt.",
     "E-post skickas till fel mottagare.",
     "Personuppgifter röjs för obehöriga; personuppgiftsincident.",
     "K", 4, 2,
     "",
     "reduce", (3, 2), "registrator", "open", []),
    ("epost", "vidarebefordran",
     "Medarbetare ställer in automatisk vidarebefordran till privat e-post.",
     "Kommunens e-post vidarebefordras till privata adresser.",
     "Allmänna handlingar och personuppgifter hamnar utanför kommunens kontroll.",
     "K", 2, 3,
     "Riktlinje om e-post.",
     "avoid", None, "itchef", "open",
     [("blockera_vb", "Blockera vidarebefordran till externa adresser", "itchef",
       "2027-02-26", "not_started", None,
       "Regeln i e-posttjänsten stoppar automatisk vidarebefordran till adresser utanför "
       "kommunen.")]),
    ("epost", "avbrott_moln",
     "E-posten drivs i en molntjänst hos en leverantör.",
     "E-posttjänsten är otillgänglig en hel arbetsdag.",
     "Medborgare och andra myndigheter når inte kommunen; ärenden försenas.",
     "T", 2, 3,
     "Avtal om tillgänglighet 99,9 procent. Telefoni fungerar oberoende av e-posten.",
     "accept", None, "itchef", "open", []),
    ("epost", "kalender",
     "Kalendrar delas med alla medarbetare som standard.",
     "Mötesrubriker i delade kalendrar röjer namn på enskilda.",
     "Sekretessuppgifter blir synliga för medarbetare utan behörighet.",
     "K", 3, 2,
     "",
     None, None, None, "open", []),
]

# the workshop and the approval, per analysis: when its risks and measures were written
RISK_DAY = {"soc": "2026-04-22", "epost": "2026-11-10"}


# the stable uuid of one of this part's rows: row_uuid(table, key)
row_uuid = functools.partial(core.part_uuid, "risk")


def person(key):
    return core.row_uuid("person", key) if key else None


def build():
    persons = {key for key, *_ in core.PERSONS}
    systems = {key for key, *_ in core.SYSTEMS}
    assets = {key for key, *_ in core.ASSETS}
    processes = {key for key, *_ in core.PROCESSES}
    units = {key for key, *_ in core.ORG_UNITS}
    tables = {name: [] for name in (
        "risk_analysis", "risk_analysis_system", "risk_analysis_asset",
        "risk_analysis_process", "risk_analysis_unit", "risk_participant", "risk_matrix",
        "risk_level", "risk_band", "risk", "action", "risk_measure")}

    for a, (key, spec) in enumerate(ANALYSES.items()):
        created = core.stamp(core.d(spec["created"]), 9 * 60 + a * 7)
        updated = core.stamp(core.d(spec["approved_on"] or spec["analysed_on"]), 16 * 60)
        analysis = row_uuid("risk_analysis", key)
        assert spec["lead"] in persons and (spec["approved_by"] in persons | {None}), key
        tables["risk_analysis"].append({
            "uuid": analysis, "created_at": created, "updated_at": updated,
            "title": spec["title"], "purpose": spec["purpose"], "scope": spec["scope"],
            "out_of_scope": spec["out_of_scope"], "lead_id": person(spec["lead"]),
            "analysed_on": spec["analysed_on"], "method_notes": spec["method_notes"],
            "status": "approved" if spec["approved_by"] else "draft",
            "approved_by_id": person(spec["approved_by"]),
            "approved_on": spec["approved_on"]})

        for table, column, refs, known, core_table in (
                ("risk_analysis_system", "system_id", spec["systems"], systems, "system"),
                ("risk_analysis_asset", "asset_id", spec["assets"], assets,
                 "information_asset"),
                ("risk_analysis_process", "process_id", spec["processes"], processes,
                 "process"),
                ("risk_analysis_unit", "unit_id", spec["units"], units, "org_unit")):
            for ref in refs:
                assert ref in known, (key, table, ref)
                tables[table].append({
                    "uuid": row_uuid(table, f"{key}/{ref}"), "created_at": created,
                    "updated_at": created, "analysis_id": analysis,
                    column: core.row_uuid(core_table, ref)})

        day = core.d(RISK_DAY[key])
        for i, (who, role) in enumerate(spec["participants"]):
            assert who in persons, (key, who)
            stamp = core.stamp(day, 8 * 60 + i)
            tables["risk_participant"].append({
                "uuid": row_uuid("risk_participant", f"{key}/{who}"), "created_at": stamp,
                "updated_at": stamp, "analysis_id": analysis, "person_id": person(who),
                "role": role})

        probability, consequence, bands = PRESETS[spec["preset"]]
        matrix = row_uuid("risk_matrix", key)
        tables["risk_matrix"].append({
            "uuid": matrix, "created_at": created, "updated_at": created,
            "analysis_id": analysis, "preset": spec["preset"],
            "probability_levels": len(probability), "consequence_levels": len(consequence)})
        for axis, levels in (("probability", probability), ("consequence", consequence)):
            for level, (name, description) in enumerate(levels, 1):
                tables["risk_level"].append({
                    "uuid": row_uuid("risk_level", f"{key}/{axis}/{level}"),
                    "created_at": created, "updated_at": created, "matrix_id": matrix,
                    "axis": axis, "level": level, "name": name, "description": description})
        for position, (name, lower, upper, colour, accept_by, days, inform) in enumerate(bands):
            tables["risk_band"].append({
                "uuid": row_uuid("risk_band", f"{key}/{position}"), "created_at": created,
                "updated_at": created, "matrix_id": matrix, "position": position,
                "name": name, "lower_value": lower, "upper_value": upper, "colour": colour,
                "accept_by": accept_by, "treat_within_days": days, "inform": inform})

    numbers = {}
    for i, (analysis_key, key, cause, event, consequence_text, aspects, p, c, existing,
            treatment, residual, owner, status, measures) in enumerate(RISKS):
        numbers[analysis_key] = numbers.get(analysis_key, 0) + 1
        day = core.d(RISK_DAY[analysis_key])
        created = core.stamp(day, 9 * 60 + numbers[analysis_key] * 9)
        spec = ANALYSES[analysis_key]
        updated = core.stamp(core.d(spec["approved_on"] or spec["analysed_on"]),
                             15 * 60 + numbers[analysis_key])
        size = len(PRESETS[spec["preset"]][0])
        assert 1 <= p <= size and 1 <= c <= size, key
        assert residual is None or all(1 <= v <= size for v in residual), key
        assert owner is None or owner in persons, key
        risk = row_uuid("risk", f"{analysis_key}/{key}")
        tables["risk"].append({
            "uuid": risk, "created_at": created, "updated_at": updated,
            "analysis_id": row_uuid("risk_analysis", analysis_key),
            "number": numbers[analysis_key], "cause": cause, "event": event,
            "consequence_text": consequence_text,
            "breaches_confidentiality": int("K" in aspects),
            "breaches_integrity": int("R" in aspects),
            "breaches_availability": int("T" in aspects),
            "probability": p, "consequence": c, "existing_measures": existing,
            "treatment": treatment,
            "residual_probability": residual[0] if residual else None,
            "residual_consequence": residual[1] if residual else None,
            "owner_id": person(owner), "status": status})

        for j, (mkey, title, responsible, due, mstatus, completed, description) in \
                enumerate(measures):
            assert responsible in persons, mkey
            assert (mstatus == "done") == (completed is not None), mkey
            measure = row_uuid("risk_measure", f"{analysis_key}/{mkey}")
            action = row_uuid("action", f"{analysis_key}/{mkey}")
            made = core.stamp(day, 12 * 60 + i * 3 + j)
            changed = core.stamp(core.d(completed), 14 * 60) if completed else made
            tables["action"].append({
                "uuid": action, "created_at": made, "updated_at": changed, "title": title,
                "description": description, "source_plugin": "risk", "source_uuid": measure,
                "responsible_id": person(responsible), "due_date": due, "due_quarter": None,
                "status": mstatus, "completed_on": completed})
            tables["risk_measure"].append({
                "uuid": measure, "created_at": made, "updated_at": made, "risk_id": risk,
                "action_id": action})
    return tables


def check(tables):
    """What the schema cannot say: the demo's own promises."""
    today = core.TODAY.isoformat()
    actions = tables["action"]
    assert 6 <= len(actions) <= 10, len(actions)
    overdue = [a for a in actions if a["due_date"] < today
               and a["status"] not in ("done", "cancelled")]
    assert 1 <= len(overdue) <= 2, [a["title"] for a in overdue]
    assert any(a["status"] == "done" for a in actions)
    for a in actions:
        assert a["completed_on"] is None or a["completed_on"] <= today, a["title"]
    counts = {}
    for risk in tables["risk"]:
        counts[risk["analysis_id"]] = counts.get(risk["analysis_id"], 0) + 1
    workshop, draft = (row_uuid("risk_analysis", key) for key in ("soc", "epost"))
    assert 10 <= counts[workshop] <= 14 and 5 <= counts[draft] <= 8, counts
    # the workshop's analysis tells every treatment and every risk status
    workshop_risks = [r for r in tables["risk"] if r["analysis_id"] == workshop]
    assert {r["treatment"] for r in workshop_risks} == {"reduce", "accept", "avoid",
                                                        "transfer"}
    assert {r["status"] for r in workshop_risks} == {"open", "in_treatment", "accepted",
                                                     "closed"}


if __name__ == "__main__":
    core.run(__doc__, os.path.join(HERE, "risk.json"), build, check, {"risk": 1})
