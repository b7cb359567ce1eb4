/**
 * Vietnamese UI strings. This dictionary defines the keys every other
 * locale must provide (see ./index.ts and ./ui.test.ts).
 */
export const vi = {
  siteName: 'Về Nhà',
  tagline: 'Thông tin và hỗ trợ khi bạn trở về, và trước khi bạn đi xa',
  skipToContent: 'Đến nội dung chính',
  'nav.label': 'Các mục chính',
  'nav.home': 'Trang chủ',
  'nav.handbook': 'Sổ tay',
  'nav.safeMigration': 'Đi xa an toàn',
  'nav.directory': 'Tìm nơi giúp đỡ',
  'nav.hotlines': 'Số điện thoại hỗ trợ',
  'nav.safety': 'Giữ an toàn khi đọc',
  'nav.organisations': 'Cho các tổ chức',
  'header.call': 'Gọi',
  'header.callLabel': (p: { number: string; name: string }) => `Gọi ${p.name}, số ${p.number}`,
  'quickExit.label': 'Thoát nhanh',
  'quickExit.hint': 'Rời trang này ngay và mở một trang khác. Cũng có thể bấm phím Shift ba lần.',
  'menu.label': 'Danh mục',
  'lang.label': 'Ngôn ngữ',
  'lang.current': 'đang xem',
  'helpNow.heading': 'Cần giúp ngay?',
  'helpNow.free': 'Miễn phí',
  'abroad.link': 'Đang ở nước ngoài?',
  'helpNow.allHotlines': 'Tất cả số điện thoại hỗ trợ',
  'home.title': 'Trang chủ',
  'home.description':
    'Thông tin dễ hiểu về quyền lợi, sức khỏe, giấy tờ và nơi giúp đỡ gần bạn. Đọc được cả khi không có mạng.',
  'home.heading': 'Bạn không một mình',
  'home.lead':
    'Ở đây có thông tin dễ hiểu, miễn phí và kín đáo. Bạn chọn đọc gì, khi nào. Trang vẫn mở được khi điện thoại không có mạng.',
  'home.doorsLabel': 'Bạn đang cần gì?',
  'door.back.title': 'Tôi đã trở về',
  'door.back.text':
    'Sổ tay cho những tuần đầu ở nhà: quyền lợi, sức khỏe, giấy tờ, gia đình, việc làm.',
  'door.abroad.title': 'Tôi sắp đi nước ngoài',
  'door.abroad.text':
    'Kết hôn hay đi làm ở nước ngoài: những điều cần biết và số điện thoại cần lưu.',
  'door.help.title': 'Tìm nơi giúp đỡ gần tôi',
  'door.help.text':
    'Danh bạ nơi hỗ trợ theo tỉnh, thành phố, mới có ở một số tỉnh. Ở đâu cũng có thể gọi 111 để được chỉ nơi giúp.',
  'fallback.notice': (p: { language: string; contentLanguage: string }) =>
    `Trang này chưa có bản ${p.language}. Bạn đang đọc bản ${p.contentLanguage}.`,
  'handbook.title': 'Sổ tay “Khi tôi trở về”',
  'handbook.description':
    'Sổ tay cho người vừa trở về: quyền lợi, sức khỏe, giấy tờ, gia đình, việc làm và giữ an toàn.',
  'handbook.lead':
    'Mỗi chương ngắn và đứng riêng được. Bạn có thể đọc theo bất kỳ thứ tự nào, và quay lại khi cần.',
  'handbook.chapters': 'Các chương',
  'handbook.keyPoints': 'Những điều chính',
  'handbook.chapterOf': (p: { n: number; total: number }) =>
    `Chương ${p.n} trong ${p.total} chương`,
  'handbook.previous': 'Chương trước',
  'handbook.next': 'Chương sau',
  'handbook.print': 'Bản in toàn bộ sổ tay',
  'handbook.printTitle': 'Sổ tay “Khi tôi trở về” – bản in',
  'handbook.printDescription': 'Toàn bộ sổ tay trên một trang, để in và phát tận tay.',
  'handbook.printLead':
    'Trang này gom mọi chương để in. Khi in, địa chỉ các đường dẫn được in kèm.',
  'handbook.contents': 'Mục lục',
  'handbook.readingTime': (p: { minutes: number }) => `Đọc trong khoảng ${p.minutes} phút`,
  'handbook.inThisChapter': 'Trong chương này',
  'listen.start': 'Nghe đọc chương này',
  'listen.stop': 'Dừng đọc',
  'print.edition': (p: { date: string }) => `Nội dung cập nhật ngày ${p.date}`,
  'print.scan': 'Quét mã để đọc trên điện thoại',
  'print.a4': 'Bản in khổ A4',
  'print.a5': 'Bản in khổ A5 (sổ nhỏ)',
  'print.button': 'In trang này',
  'print.hint': 'Để in, mở menu của trình duyệt và chọn In. Trên máy tính, bấm Ctrl + P.',
  'handbook.glossary': 'Giải nghĩa từ ngữ',
  'org.title': 'Cho các tổ chức',
  'org.description':
    'Dành cho cán bộ và tình nguyện viên: in tài liệu, cập nhật dữ liệu và tình trạng dịch.',
  'org.dataCsv': 'Bảng tính (CSV), mỗi dòng một nơi giúp đỡ; cũng là mẫu để nhập dữ liệu',
  'org.dataJson': 'JSON theo chuẩn Open Referral HSDS 3.0',
  'org.dataPackage':
    'Gói dữ liệu dạng bảng theo Open Referral HSDS 3.0 (datapackage.json và các tệp CSV)',
  'org.dataImport':
    'Nhập dữ liệu mới: điền bảng tính theo đúng các cột, rồi nhờ người phụ trách kỹ thuật chạy lệnh nhập. Mọi lỗi được báo theo dòng và cột; nếu có lỗi, không tệp nào bị ghi.',
  'org.translationHeading': 'Tình trạng dịch',
  'org.translationLead':
    'Bảng này được tạo tự động từ nội dung. “Dùng bản khác” nghĩa là trang chưa được dịch và người đọc thấy bản ngôn ngữ khác cùng một thông báo.',
  'org.page': 'Trang',
  'org.translated': 'Đã dịch',
  'org.fallsBack': (p: { language: string }) => `Dùng bản ${p.language}`,
  'org.summary': (p: { translated: number; total: number }) =>
    `Đã dịch ${p.translated} trên ${p.total} trang`,
  'org.staleHeading': 'Số điện thoại cần kiểm tra lại',
  'org.staleLead':
    'Những số dưới đây được công bố hay kiểm tra lần cuối đã hơn 12 tháng, hoặc chưa rõ ngày. Hãy gọi thử hoặc đối chiếu trang chính thức của nơi đó, rồi ghi ngày vào “confirmed”.',
  'org.staleNone': 'Mọi số điện thoại đều được công bố hay kiểm tra trong 12 tháng qua.',
  'org.nativeHeading': 'Chờ người bản ngữ kiểm tra',
  'org.nativeLead':
    'Những bài và trang dưới đây có câu tiếng Hàn hay tiếng Trung chưa được người bản ngữ kiểm tra. Nhờ một người nói tiếng đó từ nhỏ đọc lại, sửa nếu cần, rồi xóa dòng “nativeReview” trong tệp.',
  'org.nativeNone': 'Không có trang nào đang chờ người bản ngữ kiểm tra.',
  'notFound.title': 'Không tìm thấy trang',
  'notFound.lead':
    'Trang bạn tìm không có ở đây. Có thể địa chỉ bị gõ sai, hoặc trang đã được chuyển đi. Bạn có thể tìm ở ô tìm kiếm, hoặc gọi ngay một số dưới đây.',
  'offline.title': 'Không có mạng',
  'offline.description':
    'Trang này hiện khi điện thoại không có mạng và trang bạn mở chưa được lưu.',
  'offline.heading': 'Bạn đang không có mạng',
  'offline.lead':
    'Trang bạn mở chưa được lưu trên máy. Các trang đã lưu vẫn đọc được. Gọi điện thoại không cần mạng Internet.',
  'offline.more': 'Mở trang khác',
  'hotlines.title': 'Số điện thoại hỗ trợ',
  'hotlines.description':
    'Các số ở Việt Nam và số cần lưu khi ở nước ngoài, kèm giờ làm việc, nguồn và thời gian số được công bố.',
  'hotlines.lead': (p: { number: string }) =>
    `Bấm vào số để gọi. Mỗi số đều ghi nguồn và thời gian số được công bố. Số nào đã được gọi thử hay đối chiếu với trang của chính nơi đó thì có thêm ngày kiểm tra. Nếu không biết gọi ai, hãy gọi ${p.number}.`,
  'hotlines.hours': 'Giờ nghe máy',
  'hotlines.allDay': '24 giờ, mọi ngày',
  'hotlines.cost': 'Chi phí',
  'hotlines.cost.free': 'Miễn phí',
  'hotlines.cost.charged': 'Tính cước như cuộc gọi thường',
  'hotlines.cost.unknown': 'Chưa rõ; hỏi nhà mạng của bạn',
  'hotlines.languages': 'Ngôn ngữ',
  'hotlines.verified': 'Kiểm tra lần cuối',
  'hotlines.published': 'Số được công bố',
  'hotlines.publishedBy': (p: { publisher: string; date: string }) =>
    `Theo ${p.publisher}, ${p.date}`,
  'hotlines.dateUnknown': 'chưa rõ ngày',
  'hotlines.confirmed': 'Đã kiểm tra',
  'hotlines.domesticOnly': (p: { country: string }) => `Chỉ gọi được khi đang ở ${p.country}.`,
  'hotlines.source': 'Nguồn',
  'abroad.heading': 'Nếu bạn đang ở nước ngoài',
  'abroad.vnOnly':
    'Các số 111, 113 và 115 chỉ gọi được khi bạn ở Việt Nam. Ở nước ngoài, hãy gọi số dưới đây.',
  'abroad.mofa': 'Đường dây của Bộ Ngoại giao Việt Nam gọi được từ mọi nước:',
  'abroad.inCountry': (p: { country: string }) => `Ở ${p.country}:`,
  'abroad.otherCountries': 'Số điện thoại ở từng nước',
  'hotlines.jump': 'Chọn nước',
  'sources.heading': 'Nguồn thông tin',
  'sources.undated': 'không ghi ngày',
  'sources.reviewed': (p: { date: string }) => `Cập nhật: ${p.date}`,
  'sources.linkNote':
    'Bấm vào một nguồn là mở trang của nơi khác. Trang đó sẽ nằm trong lịch sử duyệt web của điện thoại.',
  'sources.copyNote':
    'Địa chỉ in nghiêng có những chữ cho người khác biết bạn đọc gì, nên không bấm vào được. Nếu cần, bạn chép địa chỉ đó để mở sau.',
  'migration.topics': 'Những điều cần biết',
  'migration.countries': 'Theo nước bạn đến',
  'migration.courseLink': 'Khóa học định hướng trước khi đi',
  'migration.courseText': 'Sáu bài học ngắn, dùng trong lớp học hoặc tự đọc trên điện thoại.',
  'course.title': 'Khóa học định hướng trước khi đi',
  'course.description':
    'Sáu bài học cho lớp định hướng trước khi kết hôn hay đi làm ở nước ngoài, đọc được cả khi không có mạng.',
  'course.lead':
    'Khóa học có sáu bài, học trong khoảng một ngày. Người hướng dẫn có thể dùng trong lớp; bạn có thể đọc lại trên điện thoại bất cứ lúc nào.',
  'course.lessons': 'Các bài học',
  'course.minutes': (p: { minutes: number }) => `Khoảng ${p.minutes} phút`,
  'course.objectives': 'Sau bài này, bạn có thể',
  'course.lessonOf': (p: { n: number; total: number }) => `Bài ${p.n} trong ${p.total} bài`,
  'course.previous': 'Bài trước',
  'course.next': 'Bài sau',
  'search.label': 'Tìm trong trang',
  'search.placeholder': 'Bạn cần tìm gì?',
  'search.button': 'Tìm',
  'search.title': 'Tìm kiếm',
  'search.description': 'Tìm trong sổ tay, hướng dẫn đi xa và các số điện thoại hỗ trợ.',
  'search.noScript':
    'Ô tìm kiếm cần JavaScript, mà trình duyệt của bạn đang tắt. Bạn vẫn có thể xem danh sách mọi trang theo thứ tự chữ cái.',
  'search.index': 'Mọi trang theo thứ tự chữ cái',
  'search.indexDescription': 'Danh sách mọi trang của trang web, xếp theo thứ tự chữ cái.',
  'search.section': 'Tìm trong',
  'search.province': 'Tỉnh, thành phố',
  'search.type': 'Loại dịch vụ',
  'search.all': 'Tất cả',
  'search.searching': 'Đang tìm…',
  'search.resultsHeading': 'Kết quả',
  'search.filters': 'Lọc kết quả',
  'search.hint': 'Gõ không dấu cũng được.',
  'search.results.one': 'Tìm thấy {count} kết quả',
  'search.results.other': 'Tìm thấy {count} kết quả',
  'search.none':
    'Không tìm thấy trang nào. Hãy thử từ khác, hoặc gọi một số bên dưới để hỏi trực tiếp.',
  'search.unavailable': 'Chưa tìm được lúc này. Hãy thử lại, hoặc xem danh sách mọi trang.',
  'section.handbook': 'Sổ tay',
  'section.migration': 'Đi xa an toàn',
  'section.hotlines': 'Số điện thoại',
  'section.directory': 'Nơi giúp đỡ',
  'section.safety': 'An toàn',
  'save.heading': 'Lưu để đọc khi không có mạng',
  'save.text':
    'Lưu sổ tay, hướng dẫn đi xa, khóa học, các số điện thoại và ô tìm kiếm vào điện thoại này. Dung lượng: {size}.',
  'save.province': 'Cũng lưu nơi giúp đỡ ở',
  'save.provinceNone': 'Không tỉnh nào',
  'save.provinceAll': 'Tất cả 34 tỉnh, thành phố',
  'save.button': 'Lưu vào điện thoại',
  'save.done': 'Đã lưu xong. Bạn có thể đọc các trang này khi không có mạng.',
  'save.failed': 'Chưa lưu được. Hãy thử lại khi có mạng.',
  'save.saving': 'Đang lưu… Bạn có thể tiếp tục đọc.',
  'save.saved': 'Đã lưu trên điện thoại này ngày {date}, dung lượng {size}.',
  'save.savedProvince': 'Có cả nơi giúp đỡ ở: {province}.',
  'save.update': 'Cập nhật bản đã lưu',
  'save.remove': 'Xoá các trang đã lưu',
  'save.removed':
    'Đã xoá các trang bạn đã lưu và các trang bạn đã đọc gần đây trên điện thoại này.',
  'safety.removeButton': 'Xoá các trang đã lưu và đã đọc',
  'safety.removeNothing':
    'Chỉ dùng được khi trình duyệt cho phép trang này lưu trang. Trên điện thoại này chưa có gì để xoá.',
  'save.unsupported': 'Trình duyệt này không lưu được trang để đọc khi không có mạng.',
  'offline.banner': 'Bạn đang không có mạng. Đây là bản đã lưu, nội dung cập nhật ngày {date}.',
  'offline.savedList': 'Các trang đã lưu trên điện thoại này',
  'directory.find': 'Tìm tỉnh, thành phố (gõ cả tên cũ cũng được)',
  'directory.formerly': (p: { names: string }) => `Gồm cả ${p.names} cũ`,
  'directory.provinceTitle': (p: { name: string }) => `Nơi giúp đỡ ở ${p.name}`,
  'directory.provinceDescription': (p: { name: string }) =>
    `Các nơi hỗ trợ ở ${p.name}: số điện thoại, địa chỉ, giờ làm việc và ngày kiểm tra.`,
  'directory.nearby': (p: { region: string }) => `Nơi có dịch vụ trong vùng ${p.region}`,
  'directory.none': (p: { number: string }) =>
    `Danh bạ chưa có nơi nào ở đây. Gọi ${p.number} (miễn phí, 24 giờ): tư vấn viên sẽ kết nối bạn với nơi giúp đỡ gần nhất.`,
  'directory.noPhone': (p: { number: string }) =>
    `Chưa có số điện thoại đã kiểm tra. Gọi ${p.number} để được kết nối.`,
  'directory.national': 'Giúp được ở mọi tỉnh',
  'directory.nationalLead':
    'Các số điện thoại và nơi dưới đây giúp người ở bất kỳ tỉnh, thành phố nào.',
  'directory.sheet.heading': 'Phần người giới thiệu ghi',
  'directory.sheet.referrer': 'Người giới thiệu, cơ quan, số điện thoại',
  'directory.sheet.to': 'Giới thiệu đến',
  'directory.sheet.appointment': 'Hẹn gặp: ngày, giờ, địa điểm',
  'directory.onlineAt': 'Bản mới nhất trên mạng',
  'directory.report': 'Báo thông tin sai hoặc đề xuất một nơi giúp đỡ',
  'calls.title': 'Danh sách gọi điện xác nhận',
  'calls.lead':
    'Những nơi trong danh bạ chưa được xác nhận trực tiếp hoặc có thông tin đã hơn 12 tháng, nơi cũ nhất ở trên cùng. Gọi từng nơi, hỏi các câu dưới đây, rồi ghi ngày xác nhận vào tệp của nơi đó.',
  'calls.count': (p: { count: number; date: string }) =>
    `${p.count} nơi cần gọi, tính đến ngày ${p.date}.`,
  'calls.ask': 'Câu hỏi cho mỗi nơi',
  'calls.questions':
    'Nơi này còn hoạt động không?|Địa chỉ và số điện thoại hiện nay là gì?|Giờ làm việc?|Ai được đến: phụ nữ, nam giới, trẻ em, người ở tỉnh khác?|Có mất tiền không? Khoản nào?|Nói được những thứ tiếng nào?|Hôm nay có nhận được một người cần giúp không?',
  'calls.record':
    'Khi nơi đó xác nhận, ghi "confirmed" (ngày gọi) và "confirmedBy" (tên tổ chức của bạn, không ghi tên người) vào tệp, hoặc vào cột tương ứng trong bảng tính.',
  'calls.evidence': (p: { date: string }) => `thông tin mới nhất: ${p.date}`,
  'calls.file': 'Tệp',
  'calls.result': 'Ngày gọi, người nghe, kết quả',
  'org.calls': 'Danh sách gọi điện xác nhận (bản in được)',
  'org.contactHeading': 'Báo thông tin sai hoặc đề xuất một nơi giúp đỡ',
  'org.contactNone':
    'Trang này chưa có địa chỉ liên hệ của nhóm biên tập. Người đăng trang cần đặt EDITORS_CONTACT khi xây dựng trang.',
  'org.contactLead':
    'Nếu bạn thấy thông tin sai, hoặc biết một nơi giúp đỡ chưa có trong danh bạ, hãy báo cho nhóm biên tập:',
  'directory.mapLabel': 'Bản đồ 34 tỉnh, thành phố',
  'directory.mapTile': (p: { name: string; count: number }) => `${p.name}: ${p.count} nơi giúp đỡ`,
  'directory.mapCaption':
    'Số trên mỗi ô là số nơi giúp đỡ đã có trong danh bạ. Ô màu xám: chưa có nơi nào, nhưng trang của tỉnh vẫn có các số gọi được ở mọi nơi.',
  'directory.services': 'Dịch vụ',
  'directory.address': 'Địa chỉ',
  'directory.phone': 'Điện thoại',
  'directory.hours': 'Giờ làm việc',
  'directory.email': 'Thư điện tử',
  'directory.website': 'Trang web',
  'directory.serves': 'Dành cho',
  'directory.serves.women': 'phụ nữ',
  'directory.serves.men': 'nam giới',
  'directory.serves.children': 'trẻ em',
  'directory.cost': 'Chi phí',
  'directory.referral': 'Cần giấy giới thiệu',
  'directory.referral.yes': 'Có',
  'directory.referral.no': 'Không',
  'directory.referral.unknown': 'Chưa rõ',
  'directory.status': 'Tình trạng thông tin',
  'directory.status.verified': 'Đã xác nhận với nơi cung cấp',
  'directory.status.unverified': 'Lấy từ nguồn công khai, chưa xác nhận trực tiếp',
  'directory.status.historic': 'Chương trình trước đây, có thể không còn hoạt động',
  'directory.filterToggle': 'Lọc theo loại dịch vụ',
  'directory.filter': 'Chỉ hiện những nơi có',
  'directory.showing': (p: { count: number }) => `Đang hiện ${p.count} nơi`,
  'directory.badge.unverified': 'Chưa xác nhận',
  'directory.badge.stale': 'Thông tin đã hơn 12 tháng',
  'directory.badge.historic': 'Có thể đã ngừng hoạt động',
  'directory.badge.advice': (p: { number: string }) =>
    `Hãy gọi ${p.number} để hỏi lại trước khi tìm đến.`,
  'directory.print': 'Bản in danh sách nơi giúp đỡ (A4)',
  'directory.sheetTitle': (p: { name: string }) => `Danh sách nơi giúp đỡ ở ${p.name}: bản in`,
  'directory.sheetDescription': (p: { name: string }) =>
    `Danh sách một hoặc hai trang A4 về các nơi giúp đỡ ở ${p.name}, để in và trao tận tay.`,
  'directory.printed': (p: { date: string }) => `In ngày ${p.date}`,
  'directory.booklet': 'Sổ danh bạ nơi giúp đỡ, 34 tỉnh, thành phố: bản in',
  'directory.bookletDescription':
    'Toàn bộ danh bạ theo từng tỉnh, thành phố trong một trang để in cho cán bộ và tình nguyện viên.',
  'directory.data': 'Dữ liệu danh bạ để tải về',
  'directory.provider': 'Nơi giúp đỡ',
  'region.northern-midlands-mountains': 'Trung du và miền núi phía Bắc',
  'region.red-river-delta': 'Đồng bằng sông Hồng',
  'region.north-central': 'Bắc Trung Bộ',
  'region.south-central-coast': 'Duyên hải Nam Trung Bộ',
  'region.central-highlands': 'Tây Nguyên',
  'region.southeast': 'Đông Nam Bộ',
  'region.mekong-delta': 'Đồng bằng sông Cửu Long',
  'wallet.title': 'Thẻ số điện thoại để mang theo',
  'wallet.description': 'Thẻ nhỏ in được, ghi các số cần gọi ở nước bạn đến, để cất trong ví.',
  'wallet.lead':
    'In trang này, cắt theo đường viền và cất thẻ trong ví hoặc ốp điện thoại. Nên lưu các số này vào điện thoại nữa.',
  'wallet.card': (p: { country: string }) => `Số cần nhớ ở ${p.country}`,
  'wallet.anywhere': 'Gọi được từ mọi nước',
  'footer.private':
    'Trang này không dùng cookie, không theo dõi và không gửi thông tin của bạn đi đâu.',
  'footer.emergency': 'Khi nguy hiểm, gọi',
} as const;

export type UiStrings = {
  -readonly [K in keyof typeof vi]: (typeof vi)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : string;
};
