/** Malay (ms) texts of the built-in templates: first translation, 2026-11, not yet reviewed by a native speaker. */
export const MS_TRANSLATIONS: Record<string, Record<string, string>> = {
  'supplier-forced-labour-self-assessment': {
    'template.title': 'Penilaian kendiri pembekal: buruh paksa dan pengambilan pekerja yang adil',
    'template.description':
      'Soalan untuk tapak pembekal tentang pengambilan pekerja, yuran, dokumen pengenalan diri, kontrak, gaji, waktu bekerja, kebebasan bergerak, tempat penginapan dan aduan. Jawab bagi seluruh tapak, termasuk pekerja yang diambil melalui agensi atau kontraktor. Ini bukan ujian lulus atau gagal: jawapan yang jujur, termasuk "Tidak tahu", membantu pelanggan anda bekerjasama dengan anda untuk membuat penambahbaikan.',
    'section.policies.title': 'Dasar',
    'section.policies.description':
      'Komitmen bertulis anda tentang buruh paksa dan pengambilan pekerja yang adil.',
    'question.policy_exists.text':
      'Adakah tapak anda mempunyai dasar bertulis menentang buruh paksa dan pemerdagangan orang?',
    'question.policy_exists.help':
      'Dokumen bertulis yang ditandatangani oleh pihak pengurusan, yang menyatakan bahawa tapak ini tidak menggunakan buruh paksa, tidak mengenakan bayaran kepada pekerja untuk mendapatkan pekerjaan dan tidak menyimpan dokumen mereka. Pilih jawapan yang benar pada hari ini.',
    'option.policy_exists.yes_communicated':
      'Ya, dan dasar ini telah diterangkan kepada semua pekerja dan agensi',
    'option.policy_exists.yes_not_communicated':
      'Ya, tetapi dasar ini belum diterangkan kepada pekerja dan agensi',
    'option.policy_exists.no': 'Tidak',
    'option.policy_exists.dont_know': 'Tidak tahu',
    'question.policy_adopted_on.text': 'Bilakah dasar ini diterima pakai?',
    'question.policy_adopted_on.help':
      'Tarikh pada dasar yang ditandatangani. Jika dasar ini telah dikemas kini, nyatakan tarikh versi terkini.',
    'question.policy_document.text': 'Muat naik dasar tersebut',
    'question.policy_document.help': 'Foto atau imbasan sudah memadai, dalam apa-apa bahasa.',
    'section.workforce.title': 'Tenaga kerja',
    'section.workforce.description':
      'Siapa yang bekerja di tapak ini. Anggaran sudah memadai jika anda tidak mempunyai angka yang tepat.',
    'question.total_workers.text':
      'Berapakah bilangan pekerja yang bekerja di tapak ini pada hari ini?',
    'question.total_workers.help':
      'Kira semua orang yang bekerja di tapak ini: pekerja tetap, sementara dan bermusim, pekerja agensi, dan pekerja kontraktor seperti syarikat pembersihan atau keselamatan.',
    'question.migrant_share.text': 'Berapakah peratusan pekerja ini yang merupakan pekerja migran?',
    'question.migrant_share.help':
      'Pekerja migran berasal dari negara lain, atau berpindah dari wilayah lain di negara anda untuk mengambil pekerjaan ini. Anggaran sudah memadai.',
    'question.agency_share.text':
      'Berapakah peratusan pekerja ini yang diambil melalui, atau diambil bekerja oleh, agensi pekerjaan atau kontraktor buruh?',
    'question.agency_share.help':
      'Sertakan pekerja yang didapatkan oleh agensi untuk anda walaupun anda kini mengambil mereka bekerja secara langsung, dan pekerja yang masih diambil bekerja dan dibayar gaji oleh agensi atau kontraktor.',
    'question.worker_origins_languages.text':
      'Dari negara atau wilayah manakah pekerja anda berasal, dan apakah bahasa yang mereka tuturkan?',
    'question.worker_origins_languages.help':
      'Contohnya: "Nepal: bahasa Nepal; Myanmar: bahasa Myanmar; pekerja tempatan: bahasa Melayu". Maklumat ini memberitahu kami bahasa yang diperlukan untuk kontrak, slip gaji dan notis.',
    'section.recruitment.title': 'Pengambilan pekerja',
    'section.recruitment.description':
      'Bagaimana pekerja sampai ke tapak anda, dan siapa yang terlibat.',
    'question.recruitment_channels.text':
      'Bagaimanakah tapak ini mencari dan mengambil pekerja? Pilih semua yang berkenaan.',
    'question.recruitment_channels.help':
      'Fikirkan tentang tempoh 12 bulan yang lalu. Sub-ejen atau broker ialah mana-mana individu atau perniagaan kecil yang mencari pekerja untuk agensi atau untuk anda, selalunya di kampung asal pekerja.',
    'option.recruitment_channels.direct':
      'Kami mengambil pekerja secara langsung (permohonan terus, iklan, pameran kerjaya)',
    'option.recruitment_channels.referrals':
      'Pekerja sedia ada mengesyorkan rakan atau saudara-mara',
    'option.recruitment_channels.domestic_agency': 'Melalui agensi di negara ini',
    'option.recruitment_channels.overseas_agency': 'Melalui agensi di negara asal pekerja',
    'option.recruitment_channels.sub_agents': 'Melalui sub-ejen, broker atau orang tengah',
    'option.recruitment_channels.labour_contractor':
      'Kontraktor buruh membekalkan pekerja dan kekal sebagai majikan mereka',
    'option.recruitment_channels.dont_know': 'Tidak tahu',
    'question.agency_names.text':
      'Namakan agensi, kontraktor buruh dan sub-ejen yang anda gunakan, serta negara tempat setiap satunya beroperasi.',
    'question.agency_names.help':
      'Satu bagi setiap baris sudah memadai, contohnya "ABC Manpower, Kathmandu, Nepal".',
    'question.agency_fee_check.text':
      'Bagaimanakah anda memastikan bahawa agensi dan sub-ejen tidak mengenakan bayaran kepada pekerja?',
    'question.agency_fee_check.help':
      'Pekerja sering membayar agensi dan broker di negara asal mereka, sebelum mereka sampai kepada anda. Cara semakan yang paling boleh dipercayai ialah bertanya kepada pekerja baharu secara sulit berapa yang mereka bayar, dan kepada siapa.',
    'option.agency_fee_check.worker_interviews':
      'Kami bertanya kepada pekerja baharu secara sulit berapa yang mereka bayar, dan mengambil tindakan berdasarkan maklumat yang mereka berikan',
    'option.agency_fee_check.contract_clause':
      'Kontrak kami dengan agensi melarang pengenaan bayaran kepada pekerja, tetapi kami tidak menyemaknya dengan pekerja',
    'option.agency_fee_check.agency_statement':
      'Kami bergantung pada apa yang diberitahu oleh agensi',
    'option.agency_fee_check.not_checked': 'Kami tidak membuat semakan',
    'option.agency_fee_check.dont_know': 'Tidak tahu',
    'section.fees.title': 'Yuran pengambilan pekerja, deposit dan pinjaman',
    'section.fees.description':
      'Tiada pekerja yang sepatutnya membayar untuk mendapatkan pekerjaan (Prinsip Majikan Membayar). Yuran pengambilan pekerja dan kos berkaitan termasuk yuran agensi dan broker, pemeriksaan perubatan, insurans, ujian kemahiran, latihan, peralatan, perjalanan dan penginapan, serta pasport, visa dan permit, sama ada dibayar di negara asal atau di sini (definisi ILO bagi yuran pengambilan pekerja dan kos berkaitan, 2019).',
    'question.fee_payer.text':
      'Siapakah yang membayar yuran pengambilan pekerja dan kos berkaitan bagi pekerja?',
    'question.fee_payer.help':
      'Sertakan kos yang dibayar di negara asal, kepada broker, klinik atau pejabat kerajaan. Kos yang dibayar dahulu oleh syarikat dan kemudian dipotong daripada gaji dikira sebagai dibayar oleh pekerja.',
    'option.fee_payer.employer_all': 'Syarikat membayar kesemuanya; pekerja tidak membayar apa-apa',
    'option.fee_payer.shared': 'Pekerja membayar sebahagian daripadanya',
    'option.fee_payer.worker_all': 'Pekerja membayar sebahagian besar atau kesemuanya',
    'option.fee_payer.dont_know': 'Tidak tahu',
    'question.worker_fee_amount.text':
      'Secara keseluruhan, berapakah jumlah yang dibayar oleh pekerja biasa untuk mendapatkan pekerjaan ini?',
    'question.worker_fee_amount.help':
      'Jumlahkan apa yang biasanya dibayar oleh pekerja yang diambil dalam tempoh 12 bulan yang lalu, kepada sesiapa sahaja, bagi kos yang disenaraikan di atas, sama ada secara tunai atau melalui pinjaman. Pilih mata wang yang digunakan untuk membayar. Masukkan 0 jika pekerja tidak membayar apa-apa.',
    'question.monthly_wage.text': 'Berapakah gaji pokok bulanan bagi pekerja biasa?',
    'question.monthly_wage.help':
      'Gaji pokok bagi pekerja pengeluaran biasa untuk waktu kerja biasa, sebelum kerja lebih masa, bonus dan potongan. Kami membandingkannya dengan yuran di atas.',
    'question.fees_repaid.text':
      'Adakah syarikat telah membayar balik, atau bersetuju untuk membayar balik, yuran dan kos yang dibayar oleh pekerja?',
    'question.fees_repaid.help':
      'Ramai pembeli mengharapkan yuran yang dibayar oleh pekerja dibayar balik kepada mereka. Beritahu kami kedudukan anda, walaupun pembayaran balik baru sahaja bermula.',
    'option.fees_repaid.repaid': 'Ya, telah dibayar balik sepenuhnya',
    'option.fees_repaid.repaying':
      'Pelan pembayaran balik telah dipersetujui dan pembayaran telah bermula',
    'option.fees_repaid.not_repaid': 'Tidak',
    'option.fees_repaid.dont_know': 'Tidak tahu',
    'question.deposit_required.text':
      'Adakah pekerja perlu membayar deposit atau memberikan jaminan untuk mendapatkan atau mengekalkan pekerjaan?',
    'question.deposit_required.help':
      'Contohnya wang yang dipegang oleh syarikat atau agensi, bon, geran tanah atau hak milik harta, atau penjamin yang perlu membayar jika pekerja berhenti awal.',
    'option.deposit_required.yes': 'Ya',
    'option.deposit_required.no': 'Tidak',
    'question.deposit_return.text': 'Bilakah deposit atau jaminan tersebut dikembalikan?',
    'question.deposit_return.help':
      'Pilih apa yang berlaku dalam amalan, bukan sahaja apa yang dinyatakan dalam kontrak.',
    'option.deposit_return.any_time': 'Bila-bila masa pekerja berhenti, atas apa-apa sebab',
    'option.deposit_return.contract_end': 'Hanya jika pekerja menghabiskan tempoh kontrak',
    'option.deposit_return.never': 'Deposit atau jaminan tidak dikembalikan',
    'option.deposit_return.dont_know': 'Tidak tahu',
    'question.loans_offered.text':
      'Adakah syarikat atau agensi meminjamkan wang atau memberikan pendahuluan gaji kepada pekerja?',
    'question.loans_offered.help':
      'Sertakan pendahuluan gaji, pinjaman untuk membayar kos pengambilan pekerja, dan pinjaman daripada pemberi pinjaman yang diperkenalkan oleh syarikat atau agensi.',
    'option.loans_offered.yes': 'Ya',
    'option.loans_offered.no': 'Tidak',
    'question.loan_terms.text':
      'Manakah antara yang berikut berkenaan dengan pinjaman atau pendahuluan gaji tersebut? Pilih semua yang berkenaan.',
    'question.loan_terms.help':
      'Pinjaman yang secara realistik tidak dapat dibayar balik oleh pekerja, atau yang mesti dibayar balik sebelum berhenti, boleh memerangkap mereka dalam pekerjaan itu.',
    'option.loan_terms.written_terms':
      'Setiap pinjaman mempunyai terma bertulis yang difahami oleh pekerja',
    'option.loan_terms.interest': 'Faedah atau fi dikenakan',
    'option.loan_terms.large_repayments':
      'Bayaran balik boleh melebihi satu persepuluh daripada gaji bulanan',
    'option.loan_terms.repay_before_leaving':
      'Pekerja tidak boleh meletak jawatan sehingga pinjaman dibayar balik',
    'option.loan_terms.dont_know': 'Tidak tahu',
    'section.documents.title': 'Dokumen pengenalan diri',
    'section.documents.description':
      'Pekerja mesti dapat menyimpan sendiri pasport, kad pengenalan, permit kerja dan kad bank mereka pada setiap masa.',
    'question.documents_retained.text':
      'Adakah syarikat, agensi atau pengurus asrama menyimpan pasport, kad pengenalan, permit kerja atau kad bank mana-mana pekerja?',
    'question.documents_retained.help':
      'Jawab ya walaupun dokumen disimpan "untuk simpanan selamat", dengan persetujuan pekerja, atau hanya bagi sesetengah pekerja. Penyerahan sementara yang singkat untuk pembaharuan permit, dengan resit, tidak diambil kira.',
    'option.documents_retained.yes': 'Ya',
    'option.documents_retained.no': 'Tidak',
    'question.documents_holder.text': 'Siapakah yang menyimpan dokumen tersebut?',
    'question.documents_holder.help':
      'Jika pihak yang berbeza menyimpan dokumen yang berbeza, pilih pihak yang menyimpan sebahagian besar dokumen dan terangkan dalam ruangan ulasan di bahagian akhir.',
    'option.documents_holder.company_office': 'Pejabat sumber manusia atau pentadbiran syarikat',
    'option.documents_holder.agency': 'Agensi pengambilan pekerja atau kontraktor buruh',
    'option.documents_holder.supervisor_or_security':
      'Penyelia, pengawal keselamatan atau pengurus asrama',
    'option.documents_holder.dont_know': 'Tidak tahu',
    'question.documents_return_24h.text':
      'Bolehkah pekerja mendapatkan semula dokumen mereka dalam tempoh 24 jam, pada mana-mana hari, tanpa memberikan sebab?',
    'question.documents_return_24h.help':
      'Bayangkan seorang pekerja meminta pasportnya pada petang hari Sabtu. Adakah pasport itu akan berada di tangannya menjelang petang hari Ahad?',
    'option.documents_return_24h.yes': 'Ya',
    'option.documents_return_24h.with_approval':
      'Hanya dengan memberikan sebab atau dengan kelulusan pengurus',
    'option.documents_return_24h.no': 'Tidak',
    'option.documents_return_24h.dont_know': 'Tidak tahu',
    'question.documents_consent.text':
      'Adakah setiap pekerja ini telah menandatangani, dalam bahasa mereka sendiri, permohonan sukarela supaya dokumen mereka disimpan, yang boleh mereka batalkan pada bila-bila masa?',
    'question.documents_consent.help':
      'Tanpa persetujuan bertulis yang diberikan secara bebas dan boleh ditarik balik, penyimpanan dokumen pekerja merupakan petunjuk buruh paksa.',
    'option.documents_consent.yes': 'Ya',
    'option.documents_consent.no': 'Tidak',
    'section.contracts.title': 'Kontrak pekerjaan',
    'question.written_contract.text': 'Adakah setiap pekerja mempunyai kontrak pekerjaan bertulis?',
    'question.written_contract.help':
      'Sertakan pekerja agensi dan pekerja sementara. Yang diambil kira ialah salinan bertandatangan yang disimpan oleh pekerja.',
    'option.written_contract.yes_with_copy':
      'Ya, dan setiap pekerja menyimpan salinan yang telah ditandatangani',
    'option.written_contract.yes_no_copy': 'Ya, tetapi pekerja tidak menyimpan salinan',
    'option.written_contract.some': 'Hanya sesetengah pekerja',
    'option.written_contract.none': 'Tidak',
    'option.written_contract.dont_know': 'Tidak tahu',
    'question.contract_in_worker_language.text':
      'Adakah kontrak setiap pekerja ditulis dalam bahasa yang difahami oleh pekerja tersebut?',
    'question.contract_in_worker_language.help':
      'Jawab tidak jika mana-mana kumpulan pekerja menerima kontrak hanya dalam bahasa yang tidak dapat mereka baca, walaupun ada orang yang menerangkannya kepada mereka.',
    'option.contract_in_worker_language.yes': 'Ya',
    'option.contract_in_worker_language.no': 'Tidak',
    'question.contract_timing.text':
      'Bilakah pekerja yang diambil dari negara atau wilayah lain mula-mula menerima kontrak mereka?',
    'question.contract_timing.help':
      'Pekerja sepatutnya melihat dan menerima kontrak sebelum mereka meninggalkan kampung halaman atau membayar apa-apa, supaya mereka dapat membuat keputusan secara bebas.',
    'option.contract_timing.before_departure':
      'Sebelum mereka meninggalkan kampung halaman, dengan masa untuk membacanya',
    'option.contract_timing.on_arrival': 'Semasa mereka tiba',
    'option.contract_timing.after_starting': 'Selepas mereka mula bekerja',
    'option.contract_timing.not_applicable': 'Kami tidak mengambil pekerja dari tempat lain',
    'option.contract_timing.dont_know': 'Tidak tahu',
    'question.contract_terms_match.text':
      'Adakah pekerjaan, gaji, waktu kerja dan potongan dalam kontrak sepadan dengan apa yang dijanjikan kepada pekerja semasa mereka diambil bekerja?',
    'question.contract_terms_match.help':
      'Perekrut kadangkala menjanjikan lebih daripada apa yang ditawarkan oleh pekerjaan sebenar. Bandingkan tawaran kerja agensi dengan kontrak, dan tanya pekerja baharu.',
    'option.contract_terms_match.yes_checked':
      'Ya, dan kami menyemak perkara ini dengan pekerja baharu',
    'option.contract_terms_match.not_checked': 'Kami percaya begitu, tetapi kami belum menyemaknya',
    'option.contract_terms_match.sometimes_differ': 'Kadangkala terdapat perbezaan',
    'option.contract_terms_match.dont_know': 'Tidak tahu',
    'section.wages.title': 'Gaji dan potongan',
    'question.wages_paid_on_time.text':
      'Dalam tempoh 12 bulan yang lalu, adakah semua pekerja dibayar gaji sepenuhnya dan tepat pada masanya bagi setiap tempoh gaji?',
    'question.wages_paid_on_time.help':
      'Jawab tidak jika mana-mana bayaran gaji lewat, dibayar sebahagian sahaja atau ditahan, walaupun sekali, termasuk bagi pekerja agensi.',
    'option.wages_paid_on_time.yes': 'Ya',
    'option.wages_paid_on_time.no': 'Tidak',
    'question.wage_payment_method.text': 'Bagaimanakah kebanyakan pekerja dibayar gaji?',
    'question.wage_payment_method.help':
      'Gaji sepatutnya dibayar terus kepada pekerja. Beritahu kami jika agensi, broker atau sesiapa sahaja menerima gaji pekerja terlebih dahulu.',
    'option.wage_payment_method.own_account':
      'Ke dalam akaun bank atau akaun wang mudah alih atas nama pekerja, yang dikawal oleh pekerja sendiri',
    'option.wage_payment_method.cash_to_worker':
      'Secara tunai, diserahkan kepada pekerja, yang menandatangani akuan penerimaan',
    'option.wage_payment_method.through_agency':
      'Melalui agensi atau kontraktor, yang kemudiannya membayar pekerja',
    'option.wage_payment_method.account_held_by_others':
      'Ke dalam akaun yang kad, buku akaun atau PIN-nya disimpan oleh syarikat atau agensi',
    'option.wage_payment_method.dont_know': 'Tidak tahu',
    'question.wages_held_back.text':
      'Adakah sebarang bahagian pendapatan pekerja ditahan, contohnya sehingga akhir kontrak atau musim, atau dalam skim simpanan?',
    'question.wages_held_back.help':
      'Menahan gaji yang telah diperoleh supaya pekerja tidak berhenti ialah salah satu cara paling biasa untuk memaksa seseorang kekal dalam sesuatu pekerjaan.',
    'option.wages_held_back.no': 'Tidak',
    'option.wages_held_back.voluntary_savings':
      'Hanya dalam skim simpanan yang dipilih oleh pekerja dan boleh dikeluarkan pada bila-bila masa',
    'option.wages_held_back.yes': 'Ya',
    'option.wages_held_back.dont_know': 'Tidak tahu',
    'question.payslips.text':
      'Adakah setiap pekerja menerima slip gaji yang menunjukkan jam bekerja, gaji dan setiap potongan?',
    'question.payslips.help':
      'Pekerja memerlukan slip gaji yang boleh mereka baca untuk menyemak bahawa mereka telah dibayar dengan betul.',
    'option.payslips.yes_own_language': 'Ya, dalam bahasa yang difahami oleh pekerja',
    'option.payslips.yes_other_language':
      'Ya, tetapi tidak selalunya dalam bahasa yang difahami oleh pekerja',
    'option.payslips.no': 'Tidak',
    'option.payslips.dont_know': 'Tidak tahu',
    'question.payslip_sample.text': 'Muat naik contoh slip gaji',
    'question.payslip_sample.help':
      'Tutup atau kaburkan nama dan nombor pengenalan pekerja sebelum anda memuat naiknya.',
    'question.wage_deductions.text':
      'Selain cukai dan caruman keselamatan sosial yang dikehendaki oleh undang-undang, apakah yang dipotong daripada gaji? Pilih semua yang berkenaan.',
    'question.wage_deductions.help':
      'Sertakan potongan yang dibuat oleh agensi atau kontraktor sebelum pekerja dibayar.',
    'option.wage_deductions.none': 'Tiada potongan lain',
    'option.wage_deductions.accommodation': 'Penginapan',
    'option.wage_deductions.food': 'Makanan',
    'option.wage_deductions.recruitment_costs':
      'Yuran pengambilan pekerja atau kos berkaitan, atau bayaran balik bagi yuran dan kos tersebut',
    'option.wage_deductions.loan_repayments': 'Bayaran balik pinjaman atau pendahuluan gaji',
    'option.wage_deductions.fines':
      'Denda atau penalti, contohnya kerana lewat, melakukan kesilapan atau melanggar peraturan',
    'option.wage_deductions.equipment': 'Pakaian seragam, alatan atau kelengkapan pelindung',
    'option.wage_deductions.dont_know': 'Tidak tahu',
    'section.hours.title': 'Waktu bekerja',
    'section.hours.description': 'Gunakan rekod waktu kerja anda, termasuk bagi pekerja agensi.',
    'question.overtime_hours_week.text':
      'Dalam bulan paling sibuk sepanjang 12 bulan yang lalu, berapa jam kerja lebih masa yang dilakukan oleh pekerja biasa setiap minggu?',
    'question.overtime_hours_week.help':
      'Kerja lebih masa ialah setiap jam kerja yang melebihi waktu kerja biasa dalam kontrak.',
    'question.max_weekly_hours.text':
      'Berapakah jumlah jam tertinggi, iaitu waktu kerja biasa ditambah kerja lebih masa, yang dikerjakan oleh mana-mana pekerja dalam satu minggu sepanjang 12 bulan yang lalu?',
    'question.max_weekly_hours.help': 'Lihat rekod waktu kerja bagi minggu anda yang paling sibuk.',
    'question.rest_day.text':
      'Adakah pekerja mendapat sekurang-kurangnya satu hari rehat penuh dalam setiap tujuh hari?',
    'question.rest_day.help':
      'Hari rehat bermaksud sekurang-kurangnya 24 jam berturut-turut tanpa bekerja.',
    'option.rest_day.always': 'Ya, sentiasa',
    'option.rest_day.except_peak': 'Ya, kecuali pada musim puncak',
    'option.rest_day.no': 'Tidak',
    'option.rest_day.dont_know': 'Tidak tahu',
    'question.overtime_voluntary.text':
      'Bolehkah pekerja menolak kerja lebih masa tanpa sebarang penalti?',
    'question.overtime_voluntary.help':
      'Penalti termasuk kehilangan bonus atau syif pada masa hadapan, amaran, denda, atau dipindahkan ke kerja yang lebih teruk.',
    'option.overtime_voluntary.yes': 'Ya',
    'option.overtime_voluntary.penalty':
      'Pekerja yang menolak mungkin kehilangan bonus atau syif, atau dikenakan tindakan tatatertib',
    'option.overtime_voluntary.needed_for_targets':
      'Pekerja terpaksa bekerja lebih masa untuk mencapai sasaran pengeluaran mereka',
    'option.overtime_voluntary.dont_know': 'Tidak tahu',
    'section.movement.title': 'Kebebasan bergerak dan kebebasan meletak jawatan',
    'section.movement.description':
      'Pekerja mesti bebas meninggalkan tempat kerja pada akhir syif mereka, meninggalkan tempat penginapan mereka pada masa lapang, dan meletak jawatan dengan notis yang munasabah.',
    'question.resignation_notice.text':
      'Bolehkah pekerja meletak jawatan, dan berapa lamakah notis yang perlu mereka berikan?',
    'question.resignation_notice.help':
      'Fikirkan tentang pekerja yang ingin berhenti sebelum kontraknya tamat.',
    'option.resignation_notice.up_to_one_month':
      'Mereka boleh meletak jawatan dengan notis sehingga satu bulan',
    'option.resignation_notice.more_than_one_month':
      'Mereka boleh meletak jawatan, tetapi perlu memberikan notis lebih daripada satu bulan',
    'option.resignation_notice.not_before_contract_end':
      'Mereka tidak boleh meletak jawatan sebelum kontrak tamat',
    'option.resignation_notice.dont_know': 'Tidak tahu',
    'question.resignation_consequences.text':
      'Apakah yang berlaku apabila pekerja meletak jawatan sebelum kontrak tamat? Pilih semua yang berkenaan.',
    'question.resignation_consequences.help':
      'Jawab berdasarkan apa yang berlaku dalam amalan, termasuk apa-apa tindakan oleh agensi.',
    'option.resignation_consequences.paid_in_full':
      'Mereka menerima semua gaji dan faedah yang terhutang kepada mereka',
    'option.resignation_consequences.lose_earned_pay':
      'Mereka kehilangan gaji atau bonus yang telah diperoleh',
    'option.resignation_consequences.pay_penalty': 'Mereka perlu membayar penalti atau pampasan',
    'option.resignation_consequences.repay_recruitment_costs':
      'Mereka perlu membayar balik kos pengambilan pekerja atau kos perjalanan',
    'option.resignation_consequences.lose_deposit': 'Mereka kehilangan deposit mereka',
    'option.resignation_consequences.pay_own_way_home':
      'Mereka perlu menanggung sendiri kos perjalanan pulang',
    'option.resignation_consequences.dont_know': 'Tidak tahu',
    'question.leave_premises.text':
      'Di luar waktu bekerja, bolehkah pekerja meninggalkan tempat kerja dan tempat penginapan mereka pada bila-bila masa yang mereka mahu?',
    'question.leave_premises.help':
      'Contohnya untuk membeli-belah, ke rumah ibadat atau berjumpa rakan pada hari cuti.',
    'option.leave_premises.freely': 'Ya, secara bebas',
    'option.leave_premises.with_permission': 'Hanya dengan kebenaran atau pas',
    'option.leave_premises.escorted': 'Hanya secara berkumpulan atau dengan pengiring',
    'option.leave_premises.not_allowed': 'Tidak',
    'option.leave_premises.dont_know': 'Tidak tahu',
    'question.gate_rules.text':
      'Manakah antara peraturan berikut yang terpakai di tapak atau di tempat penginapan pekerja? Pilih semua yang berkenaan.',
    'question.gate_rules.help':
      'Langkah keselamatan yang munasabah tidak menjadi masalah. Kami ingin mengetahui tentang peraturan yang menghalang pekerja daripada keluar masuk.',
    'option.gate_rules.none': 'Tiada satu pun daripada ini',
    'option.gate_rules.curfew':
      'Waktu berkurung: tempat penginapan ditutup pada waktu yang ditetapkan pada waktu malam',
    'option.gate_rules.exit_pass': 'Pekerja memerlukan pas atau kebenaran untuk keluar',
    'option.gate_rules.locked_during_work': 'Pintu pagar atau pintu dikunci semasa waktu bekerja',
    'option.gate_rules.guards_stop_workers': 'Pengawal boleh menghalang pekerja daripada keluar',
    'option.gate_rules.dont_know': 'Tidak tahu',
    'question.dormitory_keys.text':
      'Siapakah yang memegang kunci bilik pekerja dan pintu tempat penginapan mereka?',
    'question.dormitory_keys.help':
      'Pintu berkunci boleh meragut nyawa semasa kebakaran, dan mengurung pekerja tidak boleh diterima sama sekali.',
    'option.dormitory_keys.workers': 'Setiap pekerja mempunyai kunci dan boleh keluar masuk',
    'option.dormitory_keys.warden_on_request':
      'Warden atau pengawal memegang kunci dan membukanya apabila diminta, siang dan malam',
    'option.dormitory_keys.locked_at_night':
      'Bilik atau bangunan dikunci dari luar pada waktu malam',
    'option.dormitory_keys.no_housing':
      'Syarikat dan agensinya tidak menyediakan tempat penginapan',
    'option.dormitory_keys.dont_know': 'Tidak tahu',
    'section.living.title': 'Keadaan tempat tinggal',
    'question.housing_provided.text':
      'Adakah mana-mana pekerja tinggal di tempat penginapan yang disediakan atau diaturkan oleh syarikat, agensi atau kontraktor?',
    'question.housing_provided.help':
      'Sertakan asrama di tapak, serta rumah sewa atau rumah tumpangan yang diaturkan untuk pekerja.',
    'option.housing_provided.no': 'Tidak',
    'option.housing_provided.company': 'Ya, diuruskan oleh syarikat',
    'option.housing_provided.agency_or_landlord':
      'Ya, diuruskan oleh agensi, kontraktor atau tuan rumah',
    'option.housing_provided.dont_know': 'Tidak tahu',
    'question.housing_compulsory.text':
      'Adakah pekerja wajib tinggal di tempat penginapan ini sebagai syarat pekerjaan?',
    'question.housing_compulsory.help':
      'Jawab ya jika pekerja tidak dibenarkan tinggal di tempat lain.',
    'option.housing_compulsory.yes': 'Ya',
    'option.housing_compulsory.no': 'Tidak',
    'question.housing_problems.text':
      'Manakah antara masalah berikut yang wujud di tempat penginapan pada hari ini? Pilih semua yang berkenaan.',
    'question.housing_problems.help':
      'Semak dengan pihak yang menguruskan tempat penginapan. Melaporkan masalah dengan jujur ialah langkah pertama untuk membaikinya.',
    'option.housing_problems.none': 'Tiada satu pun daripada ini',
    'option.housing_problems.overcrowding':
      'Bilangan penghuni bagi setiap bilik melebihi had yang dibenarkan oleh undang-undang',
    'option.housing_problems.water_sanitation':
      'Tandas atau bilik mandi tidak mencukupi, atau tiada air minuman yang selamat',
    'option.housing_problems.fire_safety':
      'Pintu kecemasan terlalu sedikit atau terhalang, atau tiada peralatan pemadam kebakaran',
    'option.housing_problems.no_private_storage': 'Tiada ruang berkunci untuk barang peribadi',
    'option.housing_problems.not_separated':
      'Lelaki dan wanita tidak diasingkan untuk tidur dan mandi',
    'option.housing_problems.dont_know': 'Tidak tahu',
    'section.grievances.title': 'Saluran aduan',
    'section.grievances.description':
      'Bagaimana pekerja boleh menyuarakan kebimbangan dengan selamat.',
    'question.grievance_channel.text':
      'Bolehkah pekerja membuat aduan melalui saluran selain penyelia langsung mereka?',
    'question.grievance_channel.help':
      'Contohnya talian aduan, peti aduan, jawatankuasa pekerja, kesatuan sekerja, atau saluran yang dikendalikan oleh pembeli atau NGO.',
    'option.grievance_channel.yes': 'Ya',
    'option.grievance_channel.no': 'Tidak',
    'question.grievance_anonymous.text':
      'Bolehkah pekerja menggunakannya tanpa mendedahkan identiti mereka?',
    'question.grievance_anonymous.help':
      'Pekerja yang takut kehilangan pekerjaan hanya akan bersuara jika mereka boleh berbuat demikian tanpa memberikan nama mereka.',
    'option.grievance_anonymous.yes': 'Ya',
    'option.grievance_anonymous.no': 'Tidak',
    'option.grievance_anonymous.dont_know': 'Tidak tahu',
    'question.grievance_languages.text':
      'Bolehkah pekerja menggunakannya dalam bahasa mereka sendiri?',
    'question.grievance_languages.help':
      'Fikirkan setiap kumpulan bahasa dalam tenaga kerja anda, termasuk pekerja agensi.',
    'option.grievance_languages.all': 'Ya, dalam semua bahasa tersebut',
    'option.grievance_languages.some': 'Dalam sesetengah bahasa sahaja',
    'option.grievance_languages.none': 'Tidak',
    'option.grievance_languages.dont_know': 'Tidak tahu',
    'question.grievance_awareness.text': 'Bagaimanakah pekerja mengetahui tentang saluran ini?',
    'question.grievance_awareness.help':
      'Sesuatu saluran hanya berkesan jika pekerja tahu bahawa ia wujud dan mempercayainya.',
    'option.grievance_awareness.induction_and_notices':
      'Semasa sesi induksi, dan melalui notis dalam bahasa mereka',
    'option.grievance_awareness.notices_only': 'Melalui notis sahaja',
    'option.grievance_awareness.not_told': 'Pekerja tidak dimaklumkan tentangnya',
    'option.grievance_awareness.dont_know': 'Tidak tahu',
    'section.subcontracting.title': 'Subkontraktor dan pekerja dari rumah',
    'question.uses_subcontractors.text':
      'Adakah tapak ini menghantar sebarang kerja pengeluaran atau pemprosesan kepada kilang atau bengkel lain?',
    'question.uses_subcontractors.help':
      'Sertakan kerja sekali-sekala dalam tempoh sibuk, dan kerja yang dihantar melalui orang tengah.',
    'option.uses_subcontractors.yes': 'Ya',
    'option.uses_subcontractors.no': 'Tidak',
    'question.subcontractor_oversight.text':
      'Adakah pembeli anda mengetahui tentang subkontraktor ini, dan adakah anda menyemak amalan buruh mereka?',
    'question.subcontractor_oversight.help':
      'Pembeli perlu tahu di mana barangan mereka dihasilkan. Pekerja di subkontraktor sering kurang mendapat perlindungan.',
    'option.subcontractor_oversight.disclosed_and_checked':
      'Pembeli mengetahui tentang kesemuanya, dan kami menyemak amalan buruh mereka',
    'option.subcontractor_oversight.disclosed_not_checked':
      'Pembeli mengetahui tentang mereka, tetapi kami tidak menyemak amalan buruh mereka',
    'option.subcontractor_oversight.not_disclosed': 'Pembeli tidak mengetahui tentang kesemuanya',
    'option.subcontractor_oversight.dont_know': 'Tidak tahu',
    'question.uses_homeworkers.text':
      'Adakah sebarang kerja diberikan kepada pekerja dari rumah, iaitu orang yang bekerja di rumah mereka sendiri, secara langsung atau melalui orang tengah?',
    'question.uses_homeworkers.help':
      'Contohnya jahitan tangan, sulaman, pengasingan atau pembungkusan yang dilakukan di rumah.',
    'option.uses_homeworkers.yes': 'Ya',
    'option.uses_homeworkers.no': 'Tidak',
    'question.homeworker_pay.text': 'Bagaimanakah pekerja dari rumah dibayar?',
    'question.homeworker_pay.help':
      'Pekerja dari rumah sering dibayar mengikut kadar upah per unit, kadangkala lama selepas kerja diserahkan.',
    'option.homeworker_pay.direct_written_rates':
      'Oleh kami, secara langsung, mengikut kadar upah per unit yang bertulis, tepat pada masanya',
    'option.homeworker_pay.through_middleman': 'Melalui orang tengah',
    'option.homeworker_pay.dont_know': 'Tidak tahu',
    'section.treatment.title': 'Layanan terhadap pekerja',
    'section.treatment.description':
      'Kami bertanya soalan ini kepada setiap tapak. Soalan ini membantu kami memahami cara tapak mencegah penganiayaan; sila jawab setepat yang mungkin.',
    'question.discipline_rules.text':
      'Adakah peraturan bertulis melarang hukuman fizikal, ugutan, penderaan lisan dan gangguan seksual?',
    'question.discipline_rules.help':
      'Peraturan ini sepatutnya terpakai kepada semua orang yang mempunyai kuasa ke atas pekerja: pengurus, penyelia, pengawal keselamatan dan kakitangan agensi.',
    'option.discipline_rules.yes_trained':
      'Ya, dan penyelia serta pengawal diberikan latihan mengenainya',
    'option.discipline_rules.yes_not_trained': 'Ya, tetapi tiada latihan mengenainya',
    'option.discipline_rules.no': 'Tidak',
    'option.discipline_rules.dont_know': 'Tidak tahu',
    'question.discipline_measures.text':
      'Manakah antara yang berikut boleh berlaku apabila pekerja melanggar peraturan atau tidak mencapai sasaran? Pilih semua yang berkenaan.',
    'question.discipline_measures.help':
      'Jawab berdasarkan apa yang sebenarnya dilakukan oleh penyelia, pengawal dan kakitangan agensi, bukan sahaja apa yang dinyatakan dalam peraturan.',
    'option.discipline_measures.warning': 'Amaran lisan atau bertulis',
    'option.discipline_measures.dismissal_after_procedure':
      'Pembuangan kerja selepas prosedur yang adil',
    'option.discipline_measures.fine': 'Denda atau potongan gaji',
    'option.discipline_measures.shouting_insults': 'Diherdik, dihina atau dimalukan',
    'option.discipline_measures.threat_authorities':
      'Ugutan untuk melaporkan pekerja kepada polis atau imigresen, atau untuk menghantar mereka pulang',
    'option.discipline_measures.physical_punishment':
      'Dipukul, ditolak atau dikenakan hukuman fizikal lain',
    'option.discipline_measures.confinement': 'Dikurung atau diasingkan daripada orang lain',
    'option.discipline_measures.dont_know': 'Tidak tahu',
    'question.incidents_last_year.text':
      'Dalam tempoh 12 bulan yang lalu, adakah sebarang kes keganasan, ugutan, gangguan atau penderaan terhadap pekerja dilaporkan atau dikesan?',
    'question.incidents_last_year.help':
      'Tapak yang mencari masalah dan menanganinya lebih selamat daripada tapak yang tidak pernah menemui sebarang masalah. Kira kes daripada apa-apa sumber: pekerja, saluran aduan, audit atau polis.',
    'option.incidents_last_year.none': 'Tiada kes',
    'option.incidents_last_year.resolved': 'Ya, telah disiasat dan ditangani',
    'option.incidents_last_year.open': 'Ya, masih sedang ditangani',
    'option.incidents_last_year.dont_know': 'Tidak tahu',
    'question.incident_summary.text':
      'Terangkan secara ringkas apa yang berlaku dan tindakan yang telah diambil.',
    'question.incident_summary.help':
      'Jangan namakan pekerja yang terlibat atau berikan butiran yang boleh mengenal pasti mereka.',
    'section.isolation.title': 'Lokasi dan hubungan dengan dunia luar',
    'question.site_location.text': 'Di manakah lokasi tapak ini?',
    'question.site_location.help':
      'Pekerja di tempat terpencil lebih sukar mendapatkan bantuan atau untuk berhenti kerja.',
    'option.site_location.town':
      'Di dalam atau berhampiran bandar, boleh dikunjungi dengan pengangkutan awam',
    'option.site_location.remote':
      'Di kawasan terpencil tanpa pengangkutan awam, contohnya ladang, lombong atau kem',
    'option.site_location.at_sea': 'Di laut atau luar pesisir, contohnya di atas kapal nelayan',
    'question.phone_access.text':
      'Bolehkah pekerja menyimpan telefon bimbit mereka sendiri dan menggunakannya semasa waktu rehat dan selepas waktu kerja?',
    'question.phone_access.help':
      'Telefon mungkin dilarang di lantai pengeluaran atas sebab keselamatan. Yang penting ialah sama ada pekerja boleh menghubungi keluarga mereka dan mendapatkan bantuan pada masa lapang mereka.',
    'option.phone_access.yes': 'Ya',
    'option.phone_access.limited_times':
      'Hanya pada waktu terhad yang ditetapkan oleh pihak pengurusan',
    'option.phone_access.collected': 'Telefon dikutip dan disimpan oleh syarikat atau agensi',
    'option.phone_access.dont_know': 'Tidak tahu',
    'section.comments.title': 'Ulasan',
    'question.additional_comments.text':
      'Adakah apa-apa lagi yang ingin anda maklumkan kepada kami?',
    'question.additional_comments.help':
      'Contohnya penambahbaikan yang telah anda lakukan, atau jawapan yang ingin anda jelaskan.',
  },
  'recruitment-agency-fee-practice-survey': {
    'template.title': 'Tinjauan amalan yuran agensi pengambilan pekerja',
    'template.description':
      'Soalan untuk agensi pengambilan pekerja yang menempatkan pekerja dengan pembekal kami: lesen, koridor pengambilan pekerja, siapa yang membayar setiap yuran pengambilan pekerja dan kos berkaitan, deposit dan pinjaman, kontrak, dokumen pengenalan diri dan aduan. Tinjauan ini boleh diisi oleh agensi atau bagi pihak agensi. Di bawah Prinsip Majikan Membayar, tiada pekerja yang sepatutnya membayar untuk mendapatkan pekerjaan.',
    'section.licence.title': 'Lesen',
    'question.licence_status.text': 'Apakah status lesen pengambilan pekerja agensi?',
    'question.licence_status.help':
      'Lesen yang membenarkan agensi mengambil atau menempatkan pekerja, yang dikeluarkan oleh pihak berkuasa kerajaan di tempat agensi beroperasi. Jika agensi memegang beberapa lesen, jawab bagi lesen yang digunakan untuk penempatan ini.',
    'option.licence_status.valid': 'Sah',
    'option.licence_status.expired': 'Tamat tempoh',
    'option.licence_status.suspended_or_revoked': 'Digantung atau dibatalkan',
    'option.licence_status.not_licensed': 'Agensi tidak memegang lesen',
    'option.licence_status.not_required': 'Lesen tidak diperlukan di tempat agensi beroperasi',
    'option.licence_status.dont_know': 'Tidak tahu',
    'question.licensing_authority.text': 'Pihak berkuasa manakah yang mengeluarkan lesen tersebut?',
    'question.licensing_authority.help':
      'Contohnya kementerian buruh atau biro pekerjaan luar negara, serta negaranya.',
    'question.licence_number.text': 'Nombor lesen',
    'question.licence_number.help': 'Seperti yang tertera pada lesen.',
    'question.licence_expiry.text': 'Bilakah lesen tersebut tamat (atau telah tamat) tempoh?',
    'question.licence_expiry.help': 'Tarikh tamat tempoh yang tertera pada lesen.',
    'section.corridors.title': 'Koridor pengambilan pekerja',
    'section.corridors.description':
      'Di mana agensi mengambil pekerja, dan di mana agensi menempatkan mereka.',
    'question.origin_countries.text':
      'Di negara manakah agensi mengambil pekerja? Pilih semua yang berkenaan.',
    'question.origin_countries.help': 'Negara tempat pekerja tinggal semasa mereka diambil.',
    'option.origin_countries.bangladesh': 'Bangladesh',
    'option.origin_countries.cambodia': 'Kemboja',
    'option.origin_countries.india': 'India',
    'option.origin_countries.indonesia': 'Indonesia',
    'option.origin_countries.myanmar': 'Myanmar',
    'option.origin_countries.nepal': 'Nepal',
    'option.origin_countries.pakistan': 'Pakistan',
    'option.origin_countries.philippines': 'Filipina',
    'option.origin_countries.sri_lanka': 'Sri Lanka',
    'option.origin_countries.vietnam': 'Viet Nam',
    'option.origin_countries.other': 'Lain-lain',
    'question.destination_countries.text':
      'Di negara manakah agensi menempatkan pekerja? Pilih semua yang berkenaan.',
    'question.destination_countries.help': 'Negara tempat pekerja diambil bekerja.',
    'option.destination_countries.malaysia': 'Malaysia',
    'option.destination_countries.thailand': 'Thailand',
    'option.destination_countries.singapore': 'Singapura',
    'option.destination_countries.taiwan': 'Taiwan',
    'option.destination_countries.japan': 'Jepun',
    'option.destination_countries.south_korea': 'Republik Korea',
    'option.destination_countries.saudi_arabia': 'Arab Saudi',
    'option.destination_countries.united_arab_emirates': 'Emiriah Arab Bersatu',
    'option.destination_countries.qatar': 'Qatar',
    'option.destination_countries.same_country': 'Dalam negara yang sama (penempatan domestik)',
    'option.destination_countries.other': 'Lain-lain',
    'question.corridor_details.text': 'Negara lain, dan laluan utama agensi',
    'question.corridor_details.help':
      'Namakan mana-mana negara yang ditandakan "Lain-lain", dan laluan utama, contohnya "Nepal ke Malaysia, kira-kira 300 pekerja setahun".',
    'question.workers_placed.text':
      'Berapakah bilangan pekerja yang ditempatkan oleh agensi dalam tempoh 12 bulan yang lalu?',
    'question.workers_placed.help':
      'Semua penempatan, dengan semua majikan. Anggaran sudah memadai.',
    'section.costs.title': 'Siapa yang membayar yuran pengambilan pekerja dan kos berkaitan',
    'section.costs.description':
      'Bagi setiap kos, nyatakan siapa yang membayarnya dalam amalan. Sesuatu kos dikira sebagai dibayar oleh pekerja jika pekerja membayarnya kepada sesiapa sahaja (agensi, sub-ejen, klinik, pusat latihan atau pejabat kerajaan), atau jika kos itu dibayar bagi pihak pekerja dan kemudian dipotong daripada gaji mereka. Kategori: Definisi ILO bagi yuran pengambilan pekerja dan kos berkaitan (2019).',
    'question.who_pays_recruitment_fee.text':
      'Siapakah yang membayar yuran pengambilan atau yuran penempatan?',
    'question.who_pays_recruitment_fee.help':
      'Bayaran bagi perkhidmatan agensi atau perekrut lain: pengiklanan, mencari dan memilih pekerja, pemadanan, rujukan dan penempatan.',
    'option.who_pays_recruitment_fee.employer':
      'Majikan atau agensi: pekerja tidak membayar apa-apa',
    'option.who_pays_recruitment_fee.worker': 'Pekerja',
    'option.who_pays_recruitment_fee.shared': 'Dikongsi antara majikan dan pekerja',
    'option.who_pays_recruitment_fee.not_applicable': 'Tidak berkenaan: kos ini tidak timbul',
    'option.who_pays_recruitment_fee.dont_know': 'Tidak tahu',
    'question.who_pays_medical.text':
      'Siapakah yang membayar pemeriksaan perubatan, ujian dan vaksinasi?',
    'question.who_pays_medical.help':
      'Sebelum berlepas, semasa ketibaan, dan sebarang pemeriksaan ulangan yang diperlukan untuk permit.',
    'option.who_pays_medical.employer': 'Majikan atau agensi: pekerja tidak membayar apa-apa',
    'option.who_pays_medical.worker': 'Pekerja',
    'option.who_pays_medical.shared': 'Dikongsi antara majikan dan pekerja',
    'option.who_pays_medical.not_applicable': 'Tidak berkenaan: kos ini tidak timbul',
    'option.who_pays_medical.dont_know': 'Tidak tahu',
    'question.who_pays_insurance.text': 'Siapakah yang membayar insurans?',
    'question.who_pays_insurance.help':
      'Insurans hayat, kesihatan dan kemalangan, serta caruman wajib kepada tabung kebajikan pekerja migran.',
    'option.who_pays_insurance.employer': 'Majikan atau agensi: pekerja tidak membayar apa-apa',
    'option.who_pays_insurance.worker': 'Pekerja',
    'option.who_pays_insurance.shared': 'Dikongsi antara majikan dan pekerja',
    'option.who_pays_insurance.not_applicable': 'Tidak berkenaan: kos ini tidak timbul',
    'option.who_pays_insurance.dont_know': 'Tidak tahu',
    'question.who_pays_skills_tests.text':
      'Siapakah yang membayar ujian kemahiran, ujian ketukangan dan ujian bahasa?',
    'question.who_pays_skills_tests.help':
      'Ujian yang menyemak kelayakan, kemahiran atau penguasaan bahasa pekerja bagi pekerjaan tersebut.',
    'option.who_pays_skills_tests.employer': 'Majikan atau agensi: pekerja tidak membayar apa-apa',
    'option.who_pays_skills_tests.worker': 'Pekerja',
    'option.who_pays_skills_tests.shared': 'Dikongsi antara majikan dan pekerja',
    'option.who_pays_skills_tests.not_applicable': 'Tidak berkenaan: kos ini tidak timbul',
    'option.who_pays_skills_tests.dont_know': 'Tidak tahu',
    'question.who_pays_training.text': 'Siapakah yang membayar latihan dan orientasi?',
    'question.who_pays_training.help':
      'Termasuk orientasi pra-berlepas dan induksi semasa ketibaan.',
    'option.who_pays_training.employer': 'Majikan atau agensi: pekerja tidak membayar apa-apa',
    'option.who_pays_training.worker': 'Pekerja',
    'option.who_pays_training.shared': 'Dikongsi antara majikan dan pekerja',
    'option.who_pays_training.not_applicable': 'Tidak berkenaan: kos ini tidak timbul',
    'option.who_pays_training.dont_know': 'Tidak tahu',
    'question.who_pays_equipment.text':
      'Siapakah yang membayar peralatan, alatan, pakaian seragam dan kelengkapan pelindung?',
    'question.who_pays_equipment.help':
      'Apa-apa sahaja yang diperlukan oleh pekerja untuk melakukan kerja, atau yang diminta supaya dibawa oleh pekerja.',
    'option.who_pays_equipment.employer': 'Majikan atau agensi: pekerja tidak membayar apa-apa',
    'option.who_pays_equipment.worker': 'Pekerja',
    'option.who_pays_equipment.shared': 'Dikongsi antara majikan dan pekerja',
    'option.who_pays_equipment.not_applicable': 'Tidak berkenaan: kos ini tidak timbul',
    'option.who_pays_equipment.dont_know': 'Tidak tahu',
    'question.who_pays_travel_origin.text':
      'Siapakah yang membayar perjalanan dan penginapan di negara asal pekerja?',
    'question.who_pays_travel_origin.help':
      'Perjalanan ke temu duga, pemeriksaan perubatan, latihan, kedutaan dan lapangan terbang, serta sebarang penginapan berhampiran tempat-tempat tersebut.',
    'option.who_pays_travel_origin.employer': 'Majikan atau agensi: pekerja tidak membayar apa-apa',
    'option.who_pays_travel_origin.worker': 'Pekerja',
    'option.who_pays_travel_origin.shared': 'Dikongsi antara majikan dan pekerja',
    'option.who_pays_travel_origin.not_applicable': 'Tidak berkenaan: kos ini tidak timbul',
    'option.who_pays_travel_origin.dont_know': 'Tidak tahu',
    'question.who_pays_travel_transit.text':
      'Siapakah yang membayar perjalanan ke negara destinasi?',
    'question.who_pays_travel_transit.help':
      'Tambang kapal terbang, bas atau bot, serta makanan dan penginapan semasa transit.',
    'option.who_pays_travel_transit.employer':
      'Majikan atau agensi: pekerja tidak membayar apa-apa',
    'option.who_pays_travel_transit.worker': 'Pekerja',
    'option.who_pays_travel_transit.shared': 'Dikongsi antara majikan dan pekerja',
    'option.who_pays_travel_transit.not_applicable': 'Tidak berkenaan: kos ini tidak timbul',
    'option.who_pays_travel_transit.dont_know': 'Tidak tahu',
    'question.who_pays_travel_destination.text':
      'Siapakah yang membayar perjalanan dan penginapan di negara destinasi?',
    'question.who_pays_travel_destination.help':
      'Pengangkutan dari lapangan terbang atau sempadan ke tempat kerja, penginapan sebelum kerja bermula, dan perjalanan pulang pada akhir kontrak.',
    'option.who_pays_travel_destination.employer':
      'Majikan atau agensi: pekerja tidak membayar apa-apa',
    'option.who_pays_travel_destination.worker': 'Pekerja',
    'option.who_pays_travel_destination.shared': 'Dikongsi antara majikan dan pekerja',
    'option.who_pays_travel_destination.not_applicable': 'Tidak berkenaan: kos ini tidak timbul',
    'option.who_pays_travel_destination.dont_know': 'Tidak tahu',
    'question.who_pays_passport.text': 'Siapakah yang membayar pasport?',
    'question.who_pays_passport.help':
      'Fi untuk mendapatkan atau memperbaharui pasport, dan sebarang caj untuk menguruskannya.',
    'option.who_pays_passport.employer': 'Majikan atau agensi: pekerja tidak membayar apa-apa',
    'option.who_pays_passport.worker': 'Pekerja',
    'option.who_pays_passport.shared': 'Dikongsi antara majikan dan pekerja',
    'option.who_pays_passport.not_applicable': 'Tidak berkenaan: kos ini tidak timbul',
    'option.who_pays_passport.dont_know': 'Tidak tahu',
    'question.who_pays_visa.text': 'Siapakah yang membayar visa?',
    'question.who_pays_visa.help':
      'Fi visa, temu janji konsular dan sebarang caj untuk menguruskannya.',
    'option.who_pays_visa.employer': 'Majikan atau agensi: pekerja tidak membayar apa-apa',
    'option.who_pays_visa.worker': 'Pekerja',
    'option.who_pays_visa.shared': 'Dikongsi antara majikan dan pekerja',
    'option.who_pays_visa.not_applicable': 'Tidak berkenaan: kos ini tidak timbul',
    'option.who_pays_visa.dont_know': 'Tidak tahu',
    'question.who_pays_work_permit.text': 'Siapakah yang membayar permit kerja dan permit tinggal?',
    'question.who_pays_work_permit.help':
      'Fi dan levi kerajaan bagi permit kerja dan permit tinggal, serta bagi pembaharuannya.',
    'option.who_pays_work_permit.employer': 'Majikan atau agensi: pekerja tidak membayar apa-apa',
    'option.who_pays_work_permit.worker': 'Pekerja',
    'option.who_pays_work_permit.shared': 'Dikongsi antara majikan dan pekerja',
    'option.who_pays_work_permit.not_applicable': 'Tidak berkenaan: kos ini tidak timbul',
    'option.who_pays_work_permit.dont_know': 'Tidak tahu',
    'question.who_pays_document_processing.text':
      'Siapakah yang membayar dokumen lain dan pemprosesannya?',
    'question.who_pays_document_processing.help':
      'Sijil kelakuan baik polis, semakan latar belakang, pengesahan, terjemahan dan legalisasi dokumen, kelulusan keluar negara, dan pembukaan akaun bank.',
    'option.who_pays_document_processing.employer':
      'Majikan atau agensi: pekerja tidak membayar apa-apa',
    'option.who_pays_document_processing.worker': 'Pekerja',
    'option.who_pays_document_processing.shared': 'Dikongsi antara majikan dan pekerja',
    'option.who_pays_document_processing.not_applicable': 'Tidak berkenaan: kos ini tidak timbul',
    'option.who_pays_document_processing.dont_know': 'Tidak tahu',
    'question.who_pays_sub_agent.text':
      'Siapakah yang membayar sub-ejen, broker atau orang tengah?',
    'question.who_pays_sub_agent.help':
      'Sebarang bayaran kepada individu yang mencari pekerja atau menyerahkan mereka kepada agensi, seperti broker kampung.',
    'option.who_pays_sub_agent.employer': 'Majikan atau agensi: pekerja tidak membayar apa-apa',
    'option.who_pays_sub_agent.worker': 'Pekerja',
    'option.who_pays_sub_agent.shared': 'Dikongsi antara majikan dan pekerja',
    'option.who_pays_sub_agent.not_applicable': 'Tidak berkenaan: kos ini tidak timbul',
    'option.who_pays_sub_agent.dont_know': 'Tidak tahu',
    'section.worker_costs.title': 'Jumlah bayaran, deposit dan pinjaman',
    'question.worker_fee_amount.text':
      'Secara keseluruhan, berapakah jumlah yang dibayar oleh pekerja biasa yang ditempatkan dalam tempoh 12 bulan yang lalu bagi semua kos di atas?',
    'question.worker_fee_amount.help':
      'Sertakan bayaran kepada agensi, kepada sub-ejen dan kepada sesiapa sahaja, serta jumlah yang dipotong daripada gaji kemudiannya. Pilih mata wang yang digunakan oleh pekerja untuk membayar. Masukkan 0 jika pekerja tidak membayar apa-apa.',
    'question.monthly_wage.text':
      'Berapakah gaji pokok bulanan biasa bagi pekerja ini dalam pekerjaan di negara destinasi?',
    'question.monthly_wage.help':
      'Gaji pokok untuk waktu kerja biasa, sebelum kerja lebih masa dan potongan. Gaji ini digunakan untuk menyatakan yuran dalam bilangan bulan gaji.',
    'question.deposit_required.text':
      'Adakah pekerja perlu membayar deposit, bon atau jaminan kepada agensi, sub-ejen atau majikan?',
    'question.deposit_required.help':
      'Contohnya wang yang dipegang sehingga akhir kontrak, geran tanah atau hak milik harta, atau penjamin yang perlu membayar jika pekerja berhenti awal.',
    'option.deposit_required.yes': 'Ya',
    'option.deposit_required.no': 'Tidak',
    'question.loans_offered.text':
      'Adakah agensi, sub-ejen atau pemberi pinjaman yang bekerjasama dengan mereka meminjamkan wang kepada pekerja untuk membayar kos pengambilan pekerja atau migrasi?',
    'question.loans_offered.help':
      'Sertakan pinjaman daripada bank, pemberi pinjaman wang atau individu yang diperkenalkan kepada pekerja oleh agensi atau sub-ejennya.',
    'option.loans_offered.yes': 'Ya',
    'option.loans_offered.no': 'Tidak',
    'question.loan_interest.text': 'Adakah faedah atau fi dikenakan ke atas pinjaman ini?',
    'question.loan_interest.help':
      'Pinjaman berfaedah boleh menyebabkan pekerja terus berhutang selama bertahun-tahun.',
    'option.loan_interest.no': 'Tidak',
    'option.loan_interest.yes': 'Ya',
    'option.loan_interest.dont_know': 'Tidak tahu',
    'section.contracts.title': 'Kontrak',
    'question.contract_in_worker_language.text':
      'Adakah kontrak setiap pekerja ditulis dalam bahasa yang difahami oleh pekerja tersebut?',
    'question.contract_in_worker_language.help':
      'Penerangan lisan tidak memadai: pekerja sepatutnya dapat membaca kontrak dalam bahasa mereka, atau kontrak itu dibacakan kepada mereka jika mereka tidak boleh membaca, sebelum menandatanganinya.',
    'option.contract_in_worker_language.yes': 'Ya',
    'option.contract_in_worker_language.no': 'Tidak',
    'question.contract_signed_when.text':
      'Bilakah pekerja menandatangani kontrak pekerjaan mereka?',
    'question.contract_signed_when.help':
      'Pekerja sepatutnya menerima kontrak, dan mempunyai masa untuk membacanya, sebelum berlepas dan sebelum membayar apa-apa.',
    'option.contract_signed_when.before_departure':
      'Sebelum berlepas, dengan masa untuk membacanya dan bertanya soalan',
    'option.contract_signed_when.at_departure': 'Pada hari berlepas, contohnya di lapangan terbang',
    'option.contract_signed_when.after_arrival': 'Selepas tiba di negara destinasi',
    'option.contract_signed_when.dont_know': 'Tidak tahu',
    'question.contract_substitution.text':
      'Adakah kontrak yang ditandatangani oleh pekerja di negara destinasi pernah berbeza daripada kontrak yang mereka terima di negara asal?',
    'question.contract_substitution.help':
      'Penggantian kontrak bermaksud kontrak baharu dengan gaji yang lebih rendah, pekerjaan atau majikan yang berbeza, waktu kerja yang lebih panjang atau potongan baharu.',
    'option.contract_substitution.never_compared':
      'Tidak, dan agensi membandingkan kedua-dua kontrak bagi setiap pekerja',
    'option.contract_substitution.not_compared':
      'Tidak setahu kami, tetapi kedua-dua kontrak tidak dibandingkan',
    'option.contract_substitution.sometimes': 'Ya, kadangkala',
    'option.contract_substitution.dont_know': 'Tidak tahu',
    'section.documents.title': 'Dokumen pengenalan diri',
    'question.documents_retained.text':
      'Adakah agensi atau sub-ejen menyimpan pasport atau dokumen pengenalan diri lain mana-mana pekerja lebih lama daripada yang diperlukan untuk memproses visa atau permit?',
    'question.documents_retained.help':
      'Jawab ya jika dokumen disimpan untuk memastikan pekerja membayar yuran atau menghabiskan tempoh kontrak, atau disimpan "untuk simpanan selamat".',
    'option.documents_retained.yes': 'Ya',
    'option.documents_retained.no': 'Tidak',
    'question.documents_returned_when.text': 'Bilakah pekerja mendapat semula dokumen mereka?',
    'question.documents_returned_when.help': 'Pilih apa yang berlaku dalam amalan.',
    'option.documents_returned_when.on_request':
      'Bila-bila masa pekerja memintanya, dalam tempoh 24 jam',
    'option.documents_returned_when.after_fees_paid': 'Selepas yuran atau pinjaman dibayar balik',
    'option.documents_returned_when.end_of_contract': 'Pada akhir kontrak',
    'option.documents_returned_when.dont_know': 'Tidak tahu',
    'section.commitments.title': 'Komitmen Majikan Membayar dan aduan',
    'question.employer_pays_committed.text':
      'Adakah agensi telah memberikan komitmen secara bertulis terhadap Prinsip Majikan Membayar, iaitu tiada pekerja yang membayar sebarang yuran pengambilan pekerja atau kos berkaitan?',
    'question.employer_pays_committed.help':
      'Contohnya dasar yang ditandatangani, komitmen yang diterbitkan, atau klausa dalam kontrak agensi dengan majikan.',
    'option.employer_pays_committed.yes': 'Ya',
    'option.employer_pays_committed.no': 'Tidak',
    'question.employer_pays_evidence.text': 'Muat naik komitmen tersebut',
    'question.employer_pays_evidence.help':
      'Dasar yang ditandatangani, kenyataan yang diterbitkan atau contoh klausa kontrak.',
    'question.complaint_mechanism.text':
      'Bolehkah pekerja yang ditempatkan oleh agensi membuat aduan kepada agensi, termasuk selepas mereka tiba di tempat kerja?',
    'question.complaint_mechanism.help':
      'Saluran yang baik adalah percuma, boleh digunakan dalam bahasa pekerja, boleh digunakan tanpa mendedahkan identiti, dan diterangkan semasa orientasi.',
    'option.complaint_mechanism.yes_anonymous':
      'Ya, dalam bahasa mereka, dan juga tanpa mendedahkan identiti',
    'option.complaint_mechanism.yes_named': 'Ya, tetapi pekerja mesti memberikan nama mereka',
    'option.complaint_mechanism.no': 'Tidak',
    'option.complaint_mechanism.dont_know': 'Tidak tahu',
    'section.sub_agents.title': 'Sub-ejen',
    'question.uses_sub_agents.text':
      'Adakah agensi bekerjasama dengan sub-ejen, broker atau orang tengah untuk mencari pekerja?',
    'question.uses_sub_agents.help':
      'Sertakan individu atau agensi kecil di kampung atau pekan yang menghantar pekerja kepada agensi, sama ada agensi membayar mereka atau tidak.',
    'option.uses_sub_agents.yes': 'Ya',
    'option.uses_sub_agents.no': 'Tidak',
    'question.sub_agent_controls.text':
      'Bagaimanakah agensi memastikan bahawa sub-ejen tidak mengenakan bayaran kepada pekerja atau mengelirukan mereka? Pilih semua yang berkenaan.',
    'question.sub_agent_controls.help':
      'Kebanyakan yuran yang menyalahi undang-undang dikenakan oleh sub-ejen.',
    'option.sub_agent_controls.registered_only':
      'Agensi hanya menggunakan sub-ejen yang berdaftar atau berlesen',
    'option.sub_agent_controls.no_fee_contracts':
      'Kontrak bertulis melarang sub-ejen mengenakan bayaran kepada pekerja',
    'option.sub_agent_controls.agency_pays': 'Agensi sendiri membayar sub-ejen',
    'option.sub_agent_controls.ask_workers':
      'Agensi bertanya kepada setiap pekerja secara sulit berapa yang mereka bayar, dan kepada siapa',
    'option.sub_agent_controls.none': 'Tiada satu pun daripada ini',
    'option.sub_agent_controls.dont_know': 'Tidak tahu',
    'section.comments.title': 'Ulasan',
    'question.additional_comments.text':
      'Adakah apa-apa lagi yang ingin anda maklumkan kepada kami?',
    'question.additional_comments.help':
      'Contohnya perubahan yang telah dibuat oleh agensi, atau jawapan yang ingin anda jelaskan.',
  },
};
