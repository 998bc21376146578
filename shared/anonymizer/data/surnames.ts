/**
 * Common surnames in Norway: Norwegian -sen names and farm names, and the surnames most common
 * among immigrants. Particles (van, von, al, bin, ...) are kept apart in SURNAME_PARTICLES.
 *
 * Source: Written for this project. Which Norwegian names are common follows Statistics Norway's
 * published name statistics (ssb.no, «Navn»); the lists are the project's own, not copies of its
 * tables.
 */
export const SURNAMES = `
Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen
Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Jakobsen Dahl Jørgensen Halvorsen
Henriksen Lund Sørensen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen Martinsen
Paulsen Bakken Kristoffersen Mathisen Lie Amundsen Rasmussen Lunde Solheim Berge Moe Nygård Nygaard
Bakke Kristensen Fredriksen Holm Lien Hauge Christensen Andresen Nielsen Knudsen Evensen Sæther
Sæter Aas Ås Myhre Hanssen Haugland Thomassen Simonsen Sivertsen Berntsen Danielsen Arnesen Rønning
Næss Sandvik Antonsen Haug Ellingsen Vik Thorsen Edvardsen Birkeland Isaksen Gulbrandsen Ruud Aasen
Åsen Strøm Myklebust Tangen Ødegård Ødegaard Eliassen Helland Bøe Jenssen Aune Mikkelsen Tveit
Brekke Abrahamsen Madsen Fjeld Fjellheim Fossum Furuseth Gjerde Grønli Grøndahl Gustavsen Hammer
Hauan Hegge Helle Hoel Hofstad Holen Holmen Holt Hovland Hovde Husby Jahren Kleven Kolstad Kvam
Kvalheim Langeland Lindberg Løken Løvås Mo Myrvold Nordby Nordli Nyhus Nyland Ottesen Rud Rustad
Røed Rønningen Sand Sandberg Sandnes Seim Skaar Skår Slette Sletten Solli Stene Storli Stokke
Strømme Sunde Sørlie Thorvaldsen Tobiassen Torgersen Tvedt Ulriksen Vangen Vold Wold Aasland Aarseth
Årseth Haaland Håland Aakre Aamodt Bjerke Bjørnstad Borgersen Bratli Braaten Bråten Brenna Bø Dale
Dalen Dahle Egeland Eilertsen Ekeberg Elvestad Engen Engebretsen Enger Fagerli Fagerland Finstad
Flaten Fosse Foss Frantzen Fure Gabrielsen Gjertsen Grande Granli Gran Grimstad Haga Hals Haraldsen
Hatlen Heggelund Helgesen Hellum Hermansen Hoff Holmberg Holter Horn Hovden Hustad Høiland Håkonsen
Ingebrigtsen Jespersen Juul Kjos Kleppe Kolberg Kvale Kvamme Lauritzen Lorentzen Lundberg Løvli
Magnussen Mathiassen Moland Monsen Mortensen Myrhaug Møller Nesse Nesheim Nilssen Nordahl Nordal
Nyberg Opsahl Ravn Reite Rise Rognstad Rolstad Rygg Rønneberg Sandve Sandvold Selvik Sele Skjeldal
Skjerve Skogheim Solbakken Solem Solvang Stangeland Steen Steinsland Stensrud Stokkeland Storvik
Sundby Syversen Tandberg Teigen Thoresen Torp Torvik Tufte Tveiten Tøndel Ueland Ulvestad Utne Vatne
Vestby Viken Vikan Vinje Vågen Wang Westby Wiik Wilhelmsen Winther Ystad Øren Østby Øye Aase Arntzen
Bjørnsen Christoffersen Einarsen Erlandsen Gregersen Ingebretsen Jonassen Josefsen Kjeldsen Klausen
Mikalsen Markussen Nikolaisen Nicolaisen Olaussen Reinertsen Rolfsen Samuelsen Severinsen Steffensen
Tollefsen Torkildsen Zakariassen Bendiksen Benjaminsen Bernhardsen Bertelsen Ellefsen Fredheim
Gulliksen Guttormsen Haldorsen Hartvigsen Holmsen Jansen Johannesen Kittelsen Leonhardsen Lorentsen
Norheim Oskarsen Robertsen Salvesen Simensen Aarnes Aarvik Bakkevig Berget Bergh Bergersen Bergstrøm
Birkelund Bjelland Bjørnevik Blom Bolstad Borge Brandal Brandvold Bredesen Breivik Bruun Brun Bugge
Bye Dahlberg Dalland Ekren Eng Engelsen Erdal Espeland Evju Falk Fevang Fiskum Fjellstad Flatland
Flatebø Fossheim Frøland Fuglestad Gaarder Garberg Gjelsvik Glomnes Gravdal Grønvold Grov Haagensen
Hagland Halse Hamre Hamsun Harstad Haugan Haugstad Hauglid Hegdal Heggen Heim Helgeland Hellesø
Henningsen Herstad Hestnes Hjelle Hodne Hole Holmboe Hopland Hovd Hugdahl Hundstad Hval Høgberg
Høyland Isachsen Jakhelln Jordal Kaasa Karlstad Kjelstad Kjærnes Klepp Knutsson Kolbjørnsen Korsvik
Krogh Kvalvik Langli Larssen Lid Lindahl Lindgaard Lindseth Lium Lunden Lyngstad Lysne Løvik Malmo
Mjøs Mork Myran Nakken Nedrebø Nes Netland Nordbø Nordhagen Nordvik Norum Nyheim Nymoen Ohnstad
Olstad Opheim Ording Pettersson Prestegård Ramberg Refsdal Reitan Rekdal Ringstad Rolland Roald
Rosland Rossebø Roth Rød Rønnestad Sagen Sandstad Sandø Schjelderup Seland Selnes Sivertsson
Skarstein Skeie Skjelstad Skogen Skoglund Skrede Slåttebrekk Sollie Stavrum Steinsvik Stenberg
Stokkan Storaas Strandberg Stray Strømnes Sund Sundt Svarstad Sveen Sæbø Sætre Sørbø Sørheim
Taraldsen Thorstensen Tjelle Torsvik Tveite Tønnessen Ulvik Valen Vestli Vetlesen Vinnes Walle
Wærnes Øvrebø Åmodt Aarø Bråthen Eikeland Eikrem Follestad Haugsand Lillebø Mellingen Mjelde
Moldestad Nordheim Rønhovde Røstad Sandal Skaret Solvik Staven Stokka Sæle Tjøsvold Trulsen Vassbotn
Vassenden Aanes Alsaker Austad Berntzen Bøhn Dybdahl Eidsvik Fossli Fugelli Grøtting Haugerud Hegre
Hovstad Husebø Kirkeby Kleiven Kolås Lindquist Mathiesen Midtbø Moum Nordstrand Nybakk Oftedal Rasch
Reiersen Skovli Stenersen Svela Tjomsland Torkelsen Trondsen Ullmann Vassli Ødegården Øverland
Aarstad Backe Bakk Brattli Bryn Dahlen Ege Ekrem Elstad Fjell Frøyland Fylling Gjøen Grimsrud
Hansson Haugli Hegstad Holte Huseby Hvidsten Kalstad Kvitvik Lia Lillehagen Lohne Lund-Hansen Mørk
Nordmo Opdal Reme Ruus Rysstad Sande Sletta Smedstad Stenseth Strandli Tennfjord Tjønneland Tofte
Utvik Vassdal Vie Wahl Weum Eira Hætta Sara Somby Gaup Buljo Oskal Turi Utsi Bongo Kemi Logje Magga
Anti Balto Triumf Bals Siri Kuoljok Labba Vars Skum Persen Nango Juuso Valkeapää Guttorm Smuk Mienna
Baal Gaino Kuhmunen Partapuoli Sarre Kitti Keskitalo Niemi Mäki Pietilä Lampi Seppola Korhonen
Virtanen Mäkinen Makinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen
Lehtinen Saarinen Salminen Heinonen Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen
Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Aikio Näkkäläjärvi Pieski Andersson
Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Jonsson Jansson
Bengtsson Jönsson Lindström Lindqvist Lindgren Berglund Axelsson Fredriksson Forsberg Sjöberg Wallin
Engström Eklund Lundin Håkansson Björk Bergström Gunnarsson Samuelsson Fransson Wikström Bergman
Nyström Arvidsson Löfgren Söderberg Blomqvist Claesson Nordström Mårtensson Lundström Viklund
Björklund Pålsson Berggren Sandström Nordin Åberg Ekström Holmgren Sundberg Hedlund Hellström
Sjögren Öberg Andreasson Månsson Sundqvist Thomsen Christiansen Poulsen Olesen Frederiksen Laursen
Clausen Andreasen Jeppesen Mogensen Vestergaard Nissen Lauridsen Kjær Jepsen Thygesen Bach Dam Juhl
Lind Mølgaard Schmidt Müller Mueller Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann
Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann
Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann
König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiss Jung Hahn Schubert Vogel
Friedrich Keller Günther Frank Berger Winkler Beck Lorenz Baumann Franke Albrecht Schuster Ludwig
Böhm Winter Kraus Schumacher Krämer Vogt Stein Jäger Otto Sommer Seidel Heinrich Brandt Haas
Schreiber Graf Schulte Dietrich Ziegler Kuhn Pohl Engel Busch Bergmann Voigt Sauer Wolff Pfeiffer
Jong Vries Bakker Visser Smit Meijer Mulder Boer Bos Vos Hendriks Dekker Brouwer Dijkstra Janssen
Smits Willems Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson
Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Clark Jackson Wood Turner
Martin Cooper Hill Ward Morris Moore Baker Harrison King Morgan Allen James Scott Phillips Watson
Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell
Shaw Murphy Miller Cox Richards Marshall Anderson Simpson Ellis Adams Wilkinson Foster Chapman
Powell Webb Rogers Gray Grey Mason Hunt Campbell Matthews Owen Palmer Holmes Mills Barnes Knight
Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Fletcher Walsh
Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West
Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan
Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe
Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton
Oliver Reed Kennedy Williamson Bird Gardner Dean Lane Cooke Bates Henderson Parry Burgess Bishop
Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton
McDonald MacDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy
Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George
Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles Stevenson Stephenson
Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan Whitehead Mann Frost
Lambert Stephens Blake Lynch Goodwin Barton Woodward Thomson Cunningham Quinn Barnett Baxter Clayton
Nash Greenwood Jennings Kemp Poole Gallagher Bond Stokes Tucker Davidson Fowler Heath Norman
Middleton Lee Banks O'Sullivan Kelleher McLaughlin MacKenzie McKenzie Fitzgerald Kavanagh Ali Ahmed
Ahmad Mohamed Mohammed Muhammad Mohammad Hussain Hussein Hassan Khan Iqbal Akhtar Butt Malik
Chaudhry Chaudhary Choudhry Choudhary Shah Rana Raja Mirza Qureshi Siddiqui Sheikh Javed Aslam
Rehman Rahman Anwar Aziz Bibi Begum Kaur Singh Sharma Patel Kumar Gupta Nair Reddy Rao Das Mughal
Bhatti Janjua Cheema Warraich Awan Hashmi Naqvi Rizvi Zaidi Jafri Kazmi Abbasi Baig Bajwa Dar Mir
Lone Rathore Sandhu Sidhu Dhillon Randhawa Saini Bhatt Mahmood Mehmood Masood Rasheed Saeed Sultan
Tariq Yousaf Zafar Nawaz Riaz Ashraf Latif Habib Haider Hameed Ilyas Kamal Majeed Nadeem Qadir Rauf
Sadiq Shafi Shafique Shahzad Younas Yousuf Zaman Arshad Javaid Chohan Chauhan Mahmud Rafiq Sabir
Shaikh Siddiqi Ghani Hayat Ishaq Karim Khalid Mehmud Mushtaq Nazir Saleem Shabbir Tahir Waheed Verma
Joshi Mehta Menon Pillai Iyer Iyengar Chatterjee Banerjee Mukherjee Dutta Ghosh Bose Sen Roy Chopra
Kapoor Khanna Malhotra Bhatia Arora Sethi Agarwal Bansal Jain Desai Kulkarni Deshpande Patil Jadhav
Yadav Mishra Pandey Tiwari Srivastava Saxena Thakur Naidu Krishnan Subramaniam Venkatesan Raman
Ramachandran Balasubramaniam Sivakumar Selvarajah Thevarajah Kanagaratnam Sivapalan Ratnam
Rajaratnam Nadarajah Navaratnam Arumugam Thambirajah Ponnambalam Sinnathamby Shanmugam Kandiah
Kanapathipillai Jeyakumar Yogarajah Balasingam Mahalingam Thurairajah Vijayakumar Sivanathan
Sriskandarajah Kumarasamy Murugesu Paramanathan Rasiah Sellathurai Thillainathan Kanagasabai
Sivagnanam Sivarajah Rajendran Jeyarajah Loganathan Manoharan Ganeshalingam Thavarajah Thiagarajah
Pathmanathan Thangarajah Gurung Tamang Thapa Shrestha Rai Magar Adhikari Poudel Bhattarai Abdi
Mohamud Mahamud Omar Osman Ismail Yusuf Farah Warsame Jama Hirsi Aden Abdullahi Abdulle Nur Noor
Hersi Elmi Gedi Isse Said Salad Samatar Barre Dahir Duale Egal Ibrahim Mohamoud Mahamoud Muse Hashi
Sharif Guled Bashir Abdirahman Abdikadir Roble Shire Awale Wais Mire Yasin Adan Qasim Gure Abdirahim
Afrah Abdullah Abdulkadir Dualeh Hussen Ismaaciil Jimale Kahin Mahad Nuur Yonis Tesfay Tesfamariam
Tekle Haile Gebremedhin Gebremariam Berhe Kidane Habte Ghebremichael Gebru Negash Mehari Tewelde
Weldemichael Woldemariam Yohannes Yemane Ghebrehiwet Tesfaldet Andemariam Kahsay Hagos Gebreslassie
Tsegay Ghirmay Mebrahtu Teklemariam Bekele Tadesse Kebede Alemu Girma Hailu Tesfaye Mengistu
Getachew Desta Ayele Assefa Abebe Wolde Worku Demissie Mekonnen Tefera Ahmadi Mohammadi Hosseini
Hussaini Rezaei Rezai Karimi Rahimi Jafari Moradi Hashemi Sadeghi Mousavi Musavi Ebrahimi Ghasemi
Heidari Haidari Akbari Amiri Azizi Habibi Hakimi Hamidi Jalali Kazemi Khalili Mahmoudi Nazari Noori
Nouri Rahmani Rostami Safari Salehi Sharifi Soltani Tahiri Yousefi Zamani Zare Bahrami Samadi
Alizadeh Hosseinzadeh Popal Sultani Stanikzai Wardak Popalzai Durrani Barakzai Safi Hotak Noorzai
Achakzai Mohammadzai Yusufzai Ahmadzai Omari Naderi Sadat Hashimi Sediqi Qaderi Qadiri Faizi
Nabizada Rasuli Ghafoori Nikzad Sahebi Rezaie Najafi Kamali Taheri Asadi Rashidi Ansari Mansoori
Shinwari Nuristani Barzani Rashid Hama Kareem Salih Omer Mustafa Faraj Rasul Othman Jalal
Abdulrahman Amin Hamad Haddad Khoury Khouri Saleh Salem Mansour Nasser Darwish Hamdan Hamoud
Abdallah Abdelrahman Abbas Bakr Hassoun Hijazi Issa Jaber Kassem Khalaf Khatib Khalil Masri Shami
Najjar Sayed Alsayed Alhassan Alahmad Alali Alkhalil Almasri Alshami Alhussein Alkhatib Alnajjar
Alomar Alabdullah Alsaleh Aldarwish Alhamad Amrani Alaoui Idrissi Bennani Tazi Berrada Benali Bouzid
Chaoui Haddou Lahlou Ouali Zeroual Belhaj Benjelloun Boukhari Cherkaoui Fassi Hamdaoui Mansouri
Ouazzani Saidi Zaki Kurdi Hamwi Halabi Homsi Sabbagh Jabbour Kanaan Mardini Nassar Qassem Rifai
Sayegh Shalabi Sulaiman Suleiman Tawil Zein Zoubi Hariri Attar Azzam Barakat Bitar Dakkak Farhat
Ghanem Jaafar Kabbani Kaddour Kassab Kattan Mohsen Nahas Obeid Rahal Saad Sabri Sawaf Shaker Tamer
Yassin Youssef Zaher Zaidan Jabbar Kadhim Kazem Hamid Jasim Jassim Abdulkarim Hashim Mahdi Mousa
Musa Salman Taha Hamada Mahmoud Hassanein Aboud Ayoub Bakri Chahine Daher Dib Elias Fares Gharib
Hachem Harb Ibrahimi Jomaa Karam Khoder Mahfouz Makki Mikati Mourad Nader Nasrallah Rizk Sabbah
Saliba Sarkis Shehadeh Touma Yaghi Zayed Abdelaziz Abdelkader Benmoussa Bouazza Elidrissi Lamrani
Najib Rachidi Yahyaoui Ziani Nowak Kowalski Kowalska Wiśniewski Wisniewski Wiśniewska Wójcik Wojcik
Kowalczyk Kamiński Kaminski Kamińska Lewandowski Lewandowska Zieliński Zielinski Zielińska Szymański
Szymanski Szymańska Woźniak Wozniak Dąbrowski Dabrowski Dąbrowska Kozłowski Kozlowski Kozłowska
Jankowski Jankowska Mazur Kwiatkowski Kwiatkowska Krawczyk Kaczmarek Piotrowski Piotrowska Grabowski
Grabowska Zając Zajac Pawłowski Pawlowski Pawłowska Michalski Michalska Król Krol Wieczorek
Jabłoński Jablonski Jabłońska Wróbel Wrobel Nowakowski Nowakowska Majewski Majewska Olszewski
Olszewska Stępień Stepien Malinowski Malinowska Jaworski Jaworska Adamczyk Dudek Nowicki Nowicka
Pawlak Górski Gorski Górska Witkowski Witkowska Walczak Sikora Baran Rutkowski Rutkowska Michalak
Szewczyk Ostrowski Ostrowska Tomaszewski Tomaszewska Pietrzak Zalewski Zalewska Wróblewski
Wroblewski Jasiński Jasinski Marciniak Bąk Bak Zawadzki Zawadzka Sadowski Sadowska Jakubowski
Jakubowska Duda Włodarczyk Wlodarczyk Wilk Chmielewski Borkowski Sokołowski Sokolowski Szczepański
Szczepanski Sawicki Lis Kucharski Kalinowski Wysocki Maciejewski Czarnecki Kubiak Kazlauskas
Jankauskas Petrauskas Stankevičius Stankevicius Vasiliauskas Žukauskas Zukauskas Butkus Paulauskas
Kavaliauskas Ramanauskas Urbonas Pocius Sakalauskas Mockus Navickas Rimkus Balčiūnas Balciunas
Vaitkus Kairys Adomaitis Jonaitis Kazlauskienė Jankauskienė Petrauskienė Kazlauskiene Jankauskiene
Petrauskiene Stankevičienė Vasiliauskienė Žukauskienė Bērziņš Berzins Kalniņš Ozols Liepiņš Tamm
Saar Sepp Mägi Kask Kaya Yılmaz Yilmaz Demir Şahin Sahin Çelik Celik Yıldız Yildiz Yıldırım Yildirim
Öztürk Ozturk Aydın Aydin Özdemir Ozdemir Arslan Doğan Dogan Kılıç Kilic Aslan Çetin Cetin Kara Koç
Koc Kurt Özkan Ozkan Şimşek Simsek Polat Korkmaz Güneş Gunes Erdoğan Erdogan Aksoy Avcı Avci Tekin
Yavuz Bulut Keskin Ünal Unal Turan Gül Gul Uçar Ucar Güler Guler Coşkun Coskun Karaca Tuncer Özer
Ozer Bozkurt Altun Aktaş Aktas Demirci Kaplan Ateş Ates Bayram Akın Akin Yalçın Yalcin Sarı Sari
Çakır Cakir Güven Guven Acar Toprak Erdem Ekinci Karakaya Ergün Duman Kocabaş Uysal Yüksel Yuksel
Oruç Kahraman Hodžić Hodzic Hadžić Hadzic Begić Begic Delić Delic Mehmedović Mehmedovic Hasanović
Hasanovic Ibrahimović Ibrahimovic Kovačević Kovacevic Babić Babic Jović Jovic Petrović Petrovic
Nikolić Nikolic Jovanović Jovanovic Marković Markovic Đorđević Djordjevic Stojanović Stojanovic Ilić
Ilic Stanković Stankovic Pavlović Pavlovic Milošević Milosevic Popović Popovic Horvat Kovačić
Kovacic Marić Maric Knežević Knezevic Novak Jurić Juric Vuković Vukovic Tomić Tomic Kovač Kovac
Omerović Omerovic Salihović Salihovic Alić Alic Husić Husic Mujić Mujic Smajić Smajic Suljić Suljic
Čolić Colic Karić Karic Avdić Avdic Hamzić Hamzic Memić Memic Selimović Selimovic Halilović
Halilovic Muratović Muratovic Mustafić Mustafic Osmanović Osmanovic Ramić Ramic Šabić Sabic Zukić
Zukic Mehić Mehic Bešić Besic Dedić Dedic Hrustić Hrustic Imamović Imamovic Jusić Jusic Kadić Kadic
Mašić Masic Pašić Pasic Softić Softic Berisha Krasniqi Gashi Shala Hoxha Morina Kastrati Bytyqi
Hasani Kryeziu Rexhepi Sadiku Shehu Zeqiri Ahmeti Aliu Bajrami Halili Hyseni Ismaili Jashari
Kelmendi Limani Maliqi Osmani Rama Salihu Selimi Sylejmani Thaqi Veseli Zeka Popescu Ionescu Popa
Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Constantin Munteanu Moldovan Mihai Marin
Lazar Florea Dobre Barbu Nistor Dinu Ilie Tudor Cristea Ene Toma Sandu Neagu Oprea Anghel Nedelcu
Voicu Dragomir Preda Enache Lungu Mocanu Iordache Ungureanu Petrescu Ursu Cojocaru Ivanov Ivanova
Smirnov Smirnova Kuznetsov Kuznetsova Popov Popova Vasiliev Vasilieva Petrov Petrova Sokolov
Sokolova Mikhailov Mikhailova Novikov Novikova Fedorov Fedorova Morozov Morozova Volkov Volkova
Alekseev Lebedev Lebedeva Semenov Egorov Pavlov Pavlova Kozlov Kozlova Stepanov Nikolaev Orlov
Orlova Andreev Makarov Zakharov Zaitsev Solovyov Borisov Yakovlev Romanov Romanova Vorobyov Frolov
Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Kovalchuk Boyko Boiko Oliynyk Oliinyk Shevchuk
Polishchuk Lysenko Melnyk Marchenko Savchenko Rudenko Moroz Petrenko Klymenko Pavlenko Kuzmenko
Levchenko Kharchenko Ponomarenko Tkachuk Kravchuk Karpenko Vasylenko Ivanenko Koval Bondar Melnik
Hrytsenko Yurchenko Sydorenko Hnatiuk Romaniuk Kushnir Honchar Didenko Horbunov Kozak Lytvyn
Mazurenko Ostapenko Prykhodko Semenko Tarasenko Vlasenko Zhuk Nguyen Tran Le Pham Hoang Huynh Phan
Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Mai Trinh Ta Luong Cao Chau Quach Thai Ha Tang
Doan Lai Tong Kieu Lu Vuong Giang Diep Tieu Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu
Hu Guo He Gao Lin Luo Zheng Liang Xie Song Han Feng Deng Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang
Yu Du Ye Cheng Wei Su Ding Ren Shen Yao Jin Fu Zhong Cui Tan Lau Chan Cheung Wong Leung Ng Yip Kwok
Chow Tsang Chu Fung Mak Yeung Tse Kwan Kim Park Choi Kang Cho Yoon Jang Lim Shin Oh Seo Kwon Hwang
Ahn Yoo Hong Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Saetang
Srisuk Somboon Suwan Wongsawat Chaiyasit Boonmee Srisawat Jaidee Thongchai Saelim Saeheng Khamphoui
Phommachanh Santos Reyes Cruz Bautista Garcia García Gonzales Mendoza Ramos Aquino Castillo
Villanueva Flores Torres Rivera Fernandez Fernández Lopez López Dizon Manalo Ocampo Pascual Salazar
Navarro Soriano Mercado Morales Castro Domingo Valdez Aguilar Perez Pérez Rodriguez Rodríguez
Hernandez Hernández Martinez Martínez Sanchez Sánchez Ramirez Ramírez Gomez Gómez Diaz Díaz Romero
Alvarez Álvarez Ruiz Jimenez Jiménez Moreno Munoz Muñoz Alonso Gutierrez Gutiérrez Vazquez Vázquez
Serrano Blanco Molina Suarez Suárez Ortega Delgado Rubio Sanz Iglesias Medina Cortes Cortés Garrido
Nunez Núñez Silva Pereira Oliveira Costa Rodrigues Ferreira Almeida Carvalho Gomes Lopes Ribeiro
Martins Sousa Souza Fernandes Alves Araujo Araújo Barbosa Cardoso Correia Dias Machado Mendes
Monteiro Moreira Nascimento Pinto Rocha Teixeira Vieira Gonzalez González Rojas Soto Contreras
Sepulveda Sepúlveda Araya Fuentes Espinoza Valenzuela Vargas Vasquez Tapia Carrasco Herrera Jara
Vergara Figueroa Riquelme Miranda Bravo Vera Vega Campos Sandoval Orellana Zúñiga Zuniga Olivares
Alarcon Alarcón Gallardo Ortiz Guzman Guzmán Henriquez Saavedra Aguilera Parra Aravena Pizarro Godoy
Peña Pena Cáceres Caceres Leiva Escobar Valdes Vidal Salinas Cardenas Cárdenas Lagos Maldonado
Bustos Pino Palma Sanhueza Carvajal Navarrete Alvarado Donoso Poblete Bustamante Toro Venegas
Guerrero Paredes Farias Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno
Gallo Conti Giordano Mancini Rizzo Lombardi Moretti Bernard Dubois Durand Lefebvre Leroy Moreau
Laurent Michel Garnier Faure Rousseau Blanc Girard Morel Fournier Bonnet Mercier
`;

/** Lowercase surname particles that may stand before a surname (de Vries, van der Berg, al-Amin). */
export const SURNAME_PARTICLES =
  'van von der den de del da di du dos das la le al el bin ibn abu ben bint mac mc af ter ten dela';
