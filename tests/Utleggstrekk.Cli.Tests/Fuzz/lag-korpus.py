import os
# Regenerates the fuzz corpus (run from the repository root): python3 tests/Utleggstrekk.Cli.Tests/Fuzz/lag-korpus.py
d='tests/Utleggstrekk.Cli.Tests/Fuzz/korpus'
os.makedirs(d, exist_ok=True)
base='{"beregningsdato": "2025-03-01", "skyldner": {"bruttoPerMaaned": 40000, "forskuddstrekkPerMaaned": 10000}, "husstand": {"sivilstand": "enslig"%s}, "utgifter": {"boutgift": %s%s}}'
def sak(dato='"2025-03-01"', bolig='8000', husstand='', andre='', brutto='40000'):
    s=base % (husstand, bolig, andre)
    s=s.replace('"beregningsdato": "2025-03-01"', '"beregningsdato": '+dato).replace('"bruttoPerMaaned": 40000','"bruttoPerMaaned": '+brutto)
    return s.encode()
krav='{"id": %s, "artsprioritet": "e", "tidsprioritet": %s, "sak": "S1", "prioritetISak": 1, "kravtype": "hovedstol", "gjenstaaende": %s%s}'
def trekk(id='"A"', tp='"2024-05-01"', gj='20000', rv='', ekstra=''):
    return ('{"krav": [' + (krav % (id, tp, gj, rv)) + ekstra + ']}').encode()
rows=[]
def f(navn, innhold, args, felt, regel):
    open(os.path.join(d,navn),'wb').write(innhold)
    rows.append((navn,args,felt,regel))
B='beregn {fil}'
f('sak-aar-null.json', sak(dato='"0000-01-01"'), B, 'beregningsdato', 'UGYLDIG_DATO')
f('sak-negativt-aar.json', sak(dato='"-2025-03-01"'), B, 'beregningsdato', 'UGYLDIG_DATO')
f('sak-foedt-aar-null.json', sak(husstand=', "barn": [{"foedselsdato": "0000-06-01"}]'), B, 'husstand.barn[0].foedselsdato', 'UGYLDIG_DATO')
f('sak-samvaersbarn-negativt-aar.json', sak(husstand=', "samvaersbarn": [{"foedselsdato": "-0001-06-01", "samvaersklasse": 2}]'), B, 'husstand.samvaersbarn[0].foedselsdato', 'UGYLDIG_DATO')
f('sak-ensomt-surrogat-tekst.json', sak(andre=', "andre": [{"tekst": "\\ud800", "beloep": 100}]'), B, 'sak-ensomt-surrogat-tekst.json', 'UGYLDIG_JSON')
f('sak-ensomt-surrogat-feltnavn.json', sak(andre=', "\\udfff": 1'), B, 'sak-ensomt-surrogat-feltnavn.json', 'UGYLDIG_JSON')
f('sak-boutgift-30-desimaler.json', sak(bolig='8000.009999999999999999999999999999'), B, 'utgifter.boutgift', 'UGYLDIG_BELOEP')
f('sak-boutgift-1e-30.json', sak(bolig='1e-30'), B, 'utgifter.boutgift', 'UGYLDIG_BELOEP')
f('sak-brutto-1e-30.json', sak(brutto='1e-30'), B, 'skyldner.bruttoPerMaaned', 'UGYLDIG_BELOEP')
f('sak-boutgift-1e28.json', sak(bolig='1e28'), B, 'utgifter.boutgift', 'UGYLDIG_BELOEP')
f('sak-boutgift-decimal-max.json', sak(bolig='79228162514264337593543950335'), B, 'utgifter.boutgift', 'UGYLDIG_BELOEP')
f('sak-boutgift-stor-eksponent.json', sak(bolig='1e999999999'), B, 'utgifter.boutgift', 'UGYLDIG_BELOEP')
f('sak-andre-utgifter-sum-overflyt.json', sak(andre=', "andre": [' + ', '.join('{"tekst": "u%d", "beloep": 1000000000000}' % i for i in range(200)) + ']'), B, 'utgifter.andre', 'UGYLDIG_BELOEP')
f('sak-ugyldig-utf8.json', sak().replace(b'"enslig"', b'"enslig\xff\xfe"'), B, 'sak-ugyldig-utf8.json', 'UGYLDIG_JSON')
f('sak-avkuttet-utf8.json', sak().replace(b'"enslig"', b'"ensli\xc3"'), B, 'sak-avkuttet-utf8.json', 'UGYLDIG_JSON')
f('sak-utf16-bom.json', b'\xff\xfe' + sak().decode().encode('utf-16-le'), B, 'sak-utf16-bom.json', 'UGYLDIG_JSON')
H='hva-om {fil} --sett '
f('hvaom-grunnlag.json', sak(husstand=', "barn": [{"foedselsdato": "2020-06-01"}]'), H+'beregningsdato="0000-01-01"', 'beregningsdato', 'UGYLDIG_DATO')
rows.append(('hvaom-grunnlag.json', H+'beregningsdato="-2025-03-01"', 'beregningsdato', 'UGYLDIG_DATO'))
rows.append(('hvaom-grunnlag.json', H+'utgifter.boutgift=8000.009999999999999999999999999999', 'utgifter.boutgift', 'UGYLDIG_BELOEP'))
rows.append(('hvaom-grunnlag.json', H+'utgifter.boutgift=1e-30', 'utgifter.boutgift', 'UGYLDIG_BELOEP'))
rows.append(('hvaom-grunnlag.json', H+'utgifter.boutgift=1e28', 'utgifter.boutgift', 'UGYLDIG_BELOEP'))
rows.append(('hvaom-grunnlag.json', H+'husstand.barn[0].foedselsdato="0000-01-01"', 'husstand.barn[0].foedselsdato', 'UGYLDIG_DATO'))
rows.append(('hvaom-grunnlag.json', H+'husstand.sivilstand="\\ud800"', '--sett', 'UGYLDIG_JSON'))
F='fordel {fil} --beloep 1000'
f('trekk-id-ensomt-surrogat.json', trekk(id='"\\udfff"'), F, 'trekk-id-ensomt-surrogat.json', 'UGYLDIG_JSON')
f('trekk-gjenstaaende-30-desimaler.json', trekk(gj='8000.009999999999999999999999999999'), F, 'krav[0].gjenstaaende', 'UGYLDIG_BELOEP')
f('trekk-gjenstaaende-1e28.json', trekk(gj='1e28'), F, 'krav[0].gjenstaaende', 'UGYLDIG_BELOEP')
f('trekk-avtalt-sats-30-desimaler.json', trekk(rv=', "rentevilkaar": {"type": "avtalt", "avtaltSats": 8.125000000000000000000000000001, "renteFra": "2024-05-01"}'), F, 'krav[0].rentevilkaar.avtaltSats', 'UGYLDIG_RENTE')
f('trekk-tidsprioritet-aar-null.json', trekk(tp='"0000-01-01"'), F, 'krav[0].tidsprioritet', 'UGYLDIG_DATO')
f('trekk-rentefra-negativt-aar.json', trekk(rv=', "rentevilkaar": {"type": "forsinkelsesrente", "renteFra": "-0001-01-01"}'), F, 'krav[0].rentevilkaar.renteFra', 'UGYLDIG_DATO')
f('trekk-ugyldig-utf8-ider.json', trekk(id='"X1"', ekstra=', ' + (krav % ('"X2"', '"2024-05-01"', '100', ''))).replace(b'"X1"', b'"X\xff"').replace(b'"X2"', b'"X\xfe"'), F, 'trekk-ugyldig-utf8-ider.json', 'UGYLDIG_JSON')
f('trekk-gyldig.json', trekk(), 'fordel {fil} --beloep 1000.001', '--beloep', 'UGYLDIG_BELOEP')
rows.append(('trekk-gyldig.json', 'fordel {fil} --beloep 1e28', '--beloep', 'UGYLDIG_BELOEP'))
rows.append(('trekk-gyldig.json', 'fordel {fil} --beloep 79228162514264337593543950335', '--beloep', 'UGYLDIG_BELOEP'))
R='rente --beloep %s --fra %s --til %s'
rows.append(('-', R % ('1000.001','2024-01-01','2025-01-01'), '--beloep', 'UGYLDIG_BELOEP'))
rows.append(('-', R % ('1000.009999999999999999999999999999','2024-01-01','2025-01-01'), '--beloep', 'UGYLDIG_BELOEP'))
rows.append(('-', R % ('1000','2024-01-01','2025-01-01') + ' --sats 8.125', '--sats', 'UGYLDIG_RENTE'))
rows.append(('-', R % ('1000','2024-01-01','2025-01-01') + ' --sats 8.120000000000000000000000000001', '--sats', 'UGYLDIG_RENTE'))
rows.append(('-', R % ('1000','0000-01-01','2025-01-01'), '--fra', 'UGYLDIG_DATO'))
rows.append(('-', R % ('1000','2024-01-01','-2025-01-01'), '--til', 'UGYLDIG_DATO'))
rows.append(('-', 'trekkperiode --kravtype ordinaer --beslutningsdato 0000-01-01', '--beslutningsdato', 'UGYLDIG_DATO'))
rows.append(('-', 'trekkperiode --kravtype ordinaer --beslutningsdato -0001-01-01', '--beslutningsdato', 'UGYLDIG_DATO'))
rows.append(('-', 'trekkperiode --kravtype ordinaer --beslutningsdato 2025-01-01 --start 0000-01-01', '--start', 'UGYLDIG_DATO'))

# ELAN (issue 18): read errors exit 2; a violation (regel "avvik:KODE") exits 1 with the code on stdout.
E='elan sjekk {fil}'
v1=open('tests/Utleggstrekk.Elan.Tests/Data/begjaering-v1.json','rb').read()
kom=open('tests/Utleggstrekk.Elan.Tests/Data/beslutning-om-trekk-fra-kommune-v1.json','rb').read()
def bytt(doc, gammel, ny):
    assert gammel in doc, gammel
    return doc.replace(gammel, ny, 1)
f('elan-ensomt-surrogat.json', bytt(v1, b'"innsendersKravreferanse": "00890772001"', b'"innsendersKravreferanse": "\\ud800"'), E, 'kravTilInnkreving[0].innsendersKravreferanse', 'UGYLDIG_JSON')
f('elan-beloep-1e-30.json', bytt(v1, b'"beloep": 12000.14', b'"beloep": 1e-30'), E, 'kravTilInnkreving[0].gjenstaaendeBeloep.beloep', 'avvik:UGYLDIG_BELOEP')
f('elan-beloep-30-desimaler.json', bytt(v1, b'"beloep": 12000.14', b'"beloep": 12000.140000000000000000000000000001'), E, 'kravTilInnkreving[0].gjenstaaendeBeloep.beloep', 'avvik:UGYLDIG_BELOEP')
f('elan-begjaeringsdato-aar-null.json', bytt(v1, b'"begjaeringsdato": "2025-09-04"', b'"begjaeringsdato": "0000-01-01"'), E, 'begjaeringsdato', 'UGYLDIG_DATO')
f('elan-beslutningsdato-aar-null.json', bytt(kom, b'"beslutningsdato": "2025-09-04T12:34:56+02:00"', b'"beslutningsdato": "0000-09-04T12:34:56+02:00"'), E, 'beslutningsdato', 'UGYLDIG_DATO')
f('elan-valuta-sek.json', bytt(v1, b'"beloep": 12000.14,\n        "valuta": "NOK"', b'"beloep": 12000.14,\n        "valuta": "SEK"'), E, 'kravTilInnkreving[0].gjenstaaendeBeloep.valuta', 'UGYLDIG_VALUTA')
f('elan-duplikat-beloep.json', bytt(v1, b'"beloep": 12000.14,', b'"beloep": 12000.14, "beloep": 1,'), E, 'kravTilInnkreving[0].gjenstaaendeBeloep.beloep', 'DUPLIKAT_FELT')
# File arguments (issue 18): a directory, a device, a size over the limit, a path too deep for --sett.
rows.append(('-', 'beregn {rot}/docs', '{rot}/docs', 'ER_KATALOG'))
rows.append(('-', 'beregn /dev/zero', '/dev/zero', 'IKKE_VANLIG_FIL'))
rows.append(('-', 'elan sjekk /dev/zero', '/dev/zero', 'IKKE_VANLIG_FIL'))
rows.append(('-', 'beregn --maks-fil 0 {rot}/docs/eksempler/tak60.json', '--maks-fil', 'UGYLDIG_VERDI'))
rows.append(('hvaom-grunnlag.json', H + '.'.join(['a'] * 1001) + '=1', '--sett', 'UGYLDIG_SETT'))
rows.append(('hvaom-grunnlag.json', H + '.'.join(['a'] * 1000) + '=1', '--sett', 'UGYLDIG_SETT'))
f('sak-takbegrunnelse-usynlig.json', sak().replace(b'"utgifter"', b'"regler": {"tak": "utvidet", "takBegrunnelse": "\\u00a0\\u200b"}, "utgifter"'), B, 'regler.takBegrunnelse', 'PAAKREVD')
rows.append(('-', R % ('92233720368547758','0001-01-01','9999-01-01') + ' --sats 1000', '--beloep', 'UGYLDIG_BELOEP'))
rows.append(('trekk-gyldig.json', 'framskriv {fil} --fra 2025-01-01 --maaneder 2 --svg /finnes-ikke/diagram.svg', '--svg', 'KAN_IKKE_SKRIVE'))
rows.append(('trekk-gyldig.json', 'framskriv {fil} --fra 2025-01-01 --maaneder 2 --svg {rot}/docs', '--svg', 'KAN_IKKE_SKRIVE'))
rows.append(('trekk-gyldig.json', 'framskriv {fil} --fra 2025-01-01 --maaneder 2 --svg /dev/full', '--svg', 'KAN_IKKE_SKRIVE'))
rows.append(('elan-gyldig.json', 'elan sjekk {fil} --krav-ut /finnes-ikke/trekk.json', '--krav-ut', 'KAN_IKKE_SKRIVE'))
open(os.path.join(d, 'elan-gyldig.json'), 'wb').write(v1)
with open('tests/Utleggstrekk.Cli.Tests/Fuzz/korpus.tsv', 'w') as o:
    o.write('# fil\targumenter ({fil} = korpus/fil; - = ingen fil)\tforventet felt\tforventet regel\n')
    for r in rows: o.write('\t'.join(r)+'\n')
