// Curated places GeoNames' city extracts lack: governorates, border crossings, oil and gas fields,
// rivers, regions, neighbourhoods, airports and bases. Written by hand (not generated).
//
// Coordinates are APPROXIMATE (centroids or a point inside the place, to about 0.1°; neighbourhoods
// sit near their city's centre). Governorate names follow GeoNames' admin1 names, so a GeoNames
// place's `admin1` equals its governorate's `name`.
// Columns as in GazetteerData.swift: key, name, kind, country, admin1, lat, lon, population, aliases (|).
// Country is empty for regions spanning several countries.

/// The hand-curated places of the gazetteer as TSV; parsed once by `Gazetteer`.
let placeSupplementTSV = #"""
sup:gov-sy-hasakah	Al-Hasakah	governorate	Syria	Al-Hasakah	36.50	40.90		Hasakah|Al-Hasakah|Hasakeh|Hassakeh|Hasaka|Al-Hasaka
sup:gov-sy-latakia	Latakia	governorate	Syria	Latakia	35.60	36.00		Latakia|Lattakia|Al-Ladhiqiyah|Ladhiqiyah
sup:gov-sy-quneitra	Quneitra	governorate	Syria	Quneitra	33.10	35.85		Quneitra|Al-Qunaytirah|Kuneitra
sup:gov-sy-raqqa	Raqqa	governorate	Syria	Raqqa	35.90	38.90		Raqqa|Raqqah|Ar-Raqqah|Al-Raqqa|Rakka
sup:gov-sy-suwayda	As-Suwayda	governorate	Syria	As-Suwayda	32.70	36.60		Suwayda|As-Suwayda|Sweida|Sweyda|Soueida
sup:gov-sy-daraa	Daraa	governorate	Syria	Daraa	32.75	36.20		Daraa|Dara'a|Deraa|Der'a|Dar'a
sup:gov-sy-deir-ez-zor	Deir ez-Zor	governorate	Syria	Deir ez-Zor	35.00	40.30		Deir ez-Zor|Deir Ezzor|Deir al-Zour|Dayr az-Zawr|Deir el-Zor|Deir Zor|Dayr al-Zawr
sup:gov-sy-rif-dimashq	Rif Dimashq	governorate	Syria	Rif Dimashq	33.50	36.70		Rif Dimashq|Rif Dimashq Governorate|Rural Damascus|Damascus countryside|Reef Damascus|Rif Damascus|Damascus Countryside
sup:gov-sy-aleppo	Aleppo	governorate	Syria	Aleppo	36.20	37.40		Aleppo|Halab
sup:gov-sy-hama	Hama	governorate	Syria	Hama	35.20	37.00		Hama|Hamah
sup:gov-sy-homs	Homs	governorate	Syria	Homs	34.60	38.20		Homs|Hims
sup:gov-sy-idlib	Idlib	governorate	Syria	Idlib	35.80	36.60		Idlib|Idleb
sup:gov-sy-damascus	Damascus	governorate	Syria	Damascus	33.51	36.29		Damascus|Dimashq
sup:gov-sy-tartus	Tartus	governorate	Syria	Tartus	34.90	36.00		Tartus|Tartous
sup:gov-iq-anbar	Anbar	governorate	Iraq	Anbar	33.40	42.00		Anbar|Al-Anbar|Anbar Governorate|Anbar Province
sup:gov-iq-basra	Basra	governorate	Iraq	Basra	30.50	47.60		Basra|Basrah
sup:gov-iq-muthanna	Muthanna	governorate	Iraq	Muthanna	30.30	45.30		Muthanna|Al-Muthanna
sup:gov-iq-qadisiyyah	Al-Qadisiyyah	governorate	Iraq	Al-Qadisiyyah	31.90	45.00		Qadisiyyah|Al-Qadisiyyah|Qadisiyah|Diwaniyah
sup:gov-iq-sulaymaniyah	Sulaymaniyah	governorate	Iraq	Sulaymaniyah	35.50	45.50		Sulaymaniyah|Sulaimaniyah|Slemani
sup:gov-iq-babil	Babil	governorate	Iraq	Babil	32.50	44.50		Babil|Babylon
sup:gov-iq-baghdad	Baghdad	governorate	Iraq	Baghdad	33.30	44.40		Baghdad
sup:gov-iq-dohuk	Dohuk	governorate	Iraq	Dohuk	36.90	43.10		Dohuk|Duhok|Dahuk
sup:gov-iq-dhi-qar	Dhi Qar	governorate	Iraq	Dhi Qar	31.10	46.30		Dhi Qar|Thi Qar
sup:gov-iq-diyala	Diyala	governorate	Iraq	Diyala	33.80	45.00		Diyala|Diyalah
sup:gov-iq-erbil	Erbil	governorate	Iraq	Erbil	36.20	44.00		Erbil|Arbil|Irbil|Hawler
sup:gov-iq-karbala	Karbala	governorate	Iraq	Karbala	32.60	43.70		Karbala|Kerbala
sup:gov-iq-kirkuk	Kirkuk	governorate	Iraq	Kirkuk	35.40	44.30		Kirkuk|Tameem|Ta'mim|At-Ta'mim
sup:gov-iq-maysan	Maysan	governorate	Iraq	Maysan	31.90	47.10		Maysan|Missan
sup:gov-iq-nineveh	Nineveh	governorate	Iraq	Nineveh	36.30	42.60		Nineveh|Ninawa|Ninewa|Ninawa Governorate
sup:gov-iq-wasit	Wasit	governorate	Iraq	Wasit	32.60	45.70		Wasit
sup:gov-iq-najaf	Najaf	governorate	Iraq	Najaf	30.80	43.70		Najaf|An-Najaf
sup:gov-iq-salah-ad-din	Salah ad-Din	governorate	Iraq	Salah ad-Din	34.50	43.70		Salah ad-Din|Salahuddin|Salahaddin|Saladin|Salah al-Din|Salaheddine
sup:gov-iq-halabja	Halabja	governorate	Iraq	Halabja	35.20	46.00		Halabja
sup:crossing-al-tanf	Al-Tanf	crossing	Syria	Homs	33.50	38.65		Al-Tanf|al-Tanaf|At-Tanf|Tanf|Al Tanf crossing|al-Tanf border crossing|Al-Tanf crossing|Al-Tanaf crossing|Al-Tanf base|Al-Tanf garrison
sup:crossing-al-waleed	Al-Waleed	crossing	Iraq	Anbar	33.40	38.80		Al-Waleed|Al-Walid|al-Waleed crossing|Al-Walid crossing
sup:crossing-al-qaim	Al-Qaim–Albu Kamal crossing	crossing	Iraq	Anbar	34.40	40.97		Al-Qaim crossing|Al-Qaim border crossing|Husaybah crossing|Albu Kamal crossing|Abu Kamal crossing
sup:crossing-rabia	Rabia	crossing	Iraq	Nineveh	36.80	42.10		Rabia crossing|Rabiaa crossing|Al-Yarubiyah crossing|Yarubiyah crossing|Tal Kocher crossing
sup:crossing-bab-al-hawa	Bab al-Hawa	crossing	Syria	Idlib	36.23	36.67		Bab al-Hawa|Bab al-Hawa crossing|Bab el-Hawa
sup:crossing-bab-al-salameh	Bab al-Salameh	crossing	Syria	Aleppo	36.63	37.05		Bab al-Salameh|Bab al-Salama|Bab al-Salam crossing
sup:crossing-nasib	Nasib	crossing	Syria	Daraa	32.55	36.20		Nasib crossing|Naseeb crossing|Nassib crossing|Jaber crossing
sup:crossing-semalka	Semalka	crossing	Syria	Al-Hasakah	37.10	42.40		Semalka|Semalka crossing|Fishkhabour crossing|Faysh Khabur crossing
sup:field-al-omar	Al-Omar oil field	oil field	Syria	Deir ez-Zor	34.98	40.55		Al-Omar|al-Omar field|Al-Omar oil field|Al-Omar oil fields|Omar oil field|Al-Omar oilfield|al-Omar fields
sup:field-conoco	Conoco gas field	oil field	Syria	Deir ez-Zor	35.30	40.30		Conoco gas field|Conoco gas plant|Conoco field|Conoco plant
sup:field-al-tanak	Al-Tanak oil field	oil field	Syria	Deir ez-Zor	34.85	40.65		Al-Tanak|al-Tanak oil field|Tanak oil field|al-Tanak field
sup:field-al-shaer	Al-Shaer gas field	oil field	Syria	Homs	34.87	37.80		Al-Shaer|al-Shaer gas field|Shaer gas field|Sha'er gas field|al-Sha'er
sup:field-jazal	Jazal oil field	oil field	Syria	Homs	34.80	37.90		Jazal oil field|Jazal field|Jazal oilfields
sup:field-rumaila	Rumaila oil field	oil field	Iraq	Basra	30.30	47.30		Rumaila oil field|Rumaila field|Rumaila
sup:river-euphrates	Euphrates	river			35.00	40.40		Euphrates|Euphrates River|Euphrates river|river Euphrates|Furat|al-Furat
sup:river-tigris	Tigris	river			33.30	44.40		Tigris|Tigris River|Tigris river|Dijla|Dijlah
sup:river-khabur	Khabur	river	Syria	Al-Hasakah	35.90	40.60		Khabur|Khabour|Khabur River|Khabour river
sup:river-orontes	Orontes	river			34.70	36.70		Orontes|Orontes River|Asi River
sup:river-yarmouk	Yarmouk River	river	Syria	Daraa	32.70	35.90		Yarmouk River|Yarmuk River
sup:region-middle-euphrates	Middle Euphrates valley	region	Syria	Deir ez-Zor	34.80	40.60		middle Euphrates valley|Middle Euphrates River Valley|middle Euphrates|Euphrates valley|Euphrates River Valley|MERV|middle Euphrates valley region
sup:region-yarmouk-basin	Yarmouk Basin	region	Syria	Daraa	32.75	35.95		Yarmouk Basin|Yarmouk Valley|Yarmouk River Basin|Yarmuk Basin|Yarmouk basin
sup:region-homs-desert	Homs desert	region	Syria	Homs	34.50	38.50		Homs desert|eastern Homs desert|east Homs desert|Homs Desert|Homs countryside desert
sup:region-syrian-desert	Syrian Desert	region			33.50	38.50		Syrian Desert|Badia|Badiya|al-Badia|Syrian Badia|Badiat al-Sham|Badia al-Sham
sup:region-levant	Levant	region			34.00	36.50		Levant|Bilad al-Sham|Bilad ash-Sham|Greater Syria|al-Sham|ash-Sham
sup:region-ghouta	Ghouta	region	Syria	Rif Dimashq	33.52	36.38		Ghouta|Ghuta|al-Ghouta
sup:region-eastern-ghouta	Eastern Ghouta	region	Syria	Rif Dimashq	33.57	36.43		Eastern Ghouta|East Ghouta|eastern Ghouta
sup:region-qalamoun	Qalamoun	region	Syria	Rif Dimashq	33.90	36.60		Qalamoun|Qalamun|Qalamoun mountains|Qalamoun Mountains
sup:region-golan	Golan Heights	region	Syria	Quneitra	33.00	35.80		Golan Heights|Golan|the Golan
sup:region-nineveh-plains	Nineveh Plains	region	Iraq	Nineveh	36.40	43.30		Nineveh Plains|Nineveh plain|Nineveh Plain
sup:region-anbar-desert	Anbar desert	region	Iraq	Anbar	33.00	41.50		Anbar desert|western Anbar desert
sup:region-jazira	Jazira region	region	Syria	Al-Hasakah	36.50	41.00		Jazira region|Jazeera region|Upper Mesopotamia
sup:nbhd-dez-jubaylah	Al-Jubaylah	neighbourhood	Syria	Deir ez-Zor	35.34	40.13		Jubaliyah|Jubailah|Jubaileh|al-Jubaila|Jbeileh|Al-Jubaylah|Jubayla
sup:nbhd-dez-hamidiyah	Al-Hamidiyah (Deir ez-Zor)	neighbourhood	Syria	Deir ez-Zor	35.33	40.15		Hamidiyah|Hamidiya|al-Hamidiyah|Hamidieh
sup:nbhd-dez-huwayqa	Al-Huwayqa	neighbourhood	Syria	Deir ez-Zor	35.33	40.13		Huwayqa|Huweiqa|al-Huweiqa|Huwaiqa
sup:nbhd-dez-rashidiya	Al-Rashidiya	neighbourhood	Syria	Deir ez-Zor	35.34	40.14		Rashidiya|Rashdiya|al-Rashidiyah|Rashdieh
sup:nbhd-dez-joura	Al-Joura	neighbourhood	Syria	Deir ez-Zor	35.34	40.11		Joura|al-Joura|Jorah|al-Jorah
sup:nbhd-dez-qusour	Al-Qusour	neighbourhood	Syria	Deir ez-Zor	35.34	40.12		Qusour|al-Qusour|Qousour
sup:nbhd-dez-harabesh	Harabesh	neighbourhood	Syria	Deir ez-Zor	35.32	40.16		Harabesh|Harabish|al-Harabesh
sup:nbhd-raqqa-mashlab	Al-Mashlab	neighbourhood	Syria	Raqqa	35.94	39.06		Mashlab|al-Mashlab|al-Mashalab|Meshleb
sup:nbhd-damascus-jobar	Jobar	neighbourhood	Syria	Damascus	33.53	36.33		Jobar|Jawbar
sup:nbhd-damascus-tadamon	Tadamon	neighbourhood	Syria	Damascus	33.48	36.31		Tadamon|Tadamun|al-Tadamon
sup:nbhd-damascus-hajar-aswad	Al-Hajar al-Aswad	neighbourhood	Syria	Rif Dimashq	33.46	36.30		Hajar al-Aswad|al-Hajar al-Aswad
sup:airport-deir-ez-zor	Deir ez-Zor military airport	airport	Syria	Deir ez-Zor	35.29	40.18		Deir ez-Zor military airport|Deir ez-Zor airport|Deir ez-Zor airbase|Deir ez-Zor air base|Deir ez-Zor Military Airport|Deir ez-Zor military airbase|Deir ez-Zor airfield
sup:airport-tabqa	Tabqa airbase	base	Syria	Raqqa	35.75	38.57		Tabqa airbase|Tabqa air base|Tabqa military airport|Tabqa airport|Tabqa airfield|al-Tabqa airbase
sup:airport-hmeimim	Hmeimim air base	base	Syria	Latakia	35.40	35.95		Hmeimim|Khmeimim|Hmeymim|Humaymim|Hmeimim airbase|Hmeimim air base|Khmeimim airbase|Khmeimim air base
sup:airport-kuweires	Kuweires airbase	base	Syria	Aleppo	36.19	37.58		Kuweires|Kweires|Kuweires airbase|Kuweires military airport|Kweires airport
sup:airport-t4	Tiyas airbase	base	Syria	Homs	34.52	37.63		Tiyas airbase|T4 airbase|T-4 airbase|T4 air base|T-4 air base|Tiyas|T4 airport|T-4 airport
sup:airport-shayrat	Shayrat airbase	base	Syria	Homs	34.49	36.91		Shayrat|Shayrat airbase|Shayrat air base|al-Shayrat airbase|Shairat
sup:airport-mezzeh	Mezzeh airbase	base	Syria	Damascus	33.48	36.22		Mezzeh airbase|Mezzeh military airport|Mezze airbase|Mezzeh air base
sup:airport-ain-al-asad	Ain al-Asad air base	base	Iraq	Anbar	33.80	42.44		Ain al-Asad|Ain al-Asad air base|Ain al-Assad|Al-Asad airbase|Al Asad Airbase|Ayn al-Asad
sup:airport-qayyarah	Qayyarah airfield	base	Iraq	Nineveh	35.76	43.12		Qayyarah airfield|Qayyarah air base|Q-West|Qayyarah West
sup:base-division-17	Division 17 base	base	Syria	Raqqa	35.99	39.01		Division 17|Division 17 base|17th Division|17th Division base|Division 17 army base|Division 17 military base
sup:base-brigade-93	Brigade 93 base	base	Syria	Raqqa	36.20	38.95		Brigade 93|93rd Brigade|Brigade 93 base
sup:base-brigade-137	Brigade 137 base	base	Syria	Deir ez-Zor	35.31	40.08		Brigade 137|137th Brigade|Brigade 137 base
"""#
