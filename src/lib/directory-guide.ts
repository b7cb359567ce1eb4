// The import guide for partners, in plain Vietnamese: what goes in each
// column of the directory spreadsheet, with one example row. Shown on
// /to-chuc/ (in Vietnamese for every reader: the partners who fill the sheet
// work in Vietnamese) and summarised in the README.
import type { Column } from './directory-csv.ts';
import { MAX_CELL_CHARS, MAX_CSV_BYTES } from './csv.ts';

export const columnGuide: Record<Column, { vi: string; example: string }> = {
  id: {
    vi: 'Tên tệp: chữ thường không dấu, các từ nối bằng "-". Không dùng từ nói lên việc bị mua bán.',
    example: 'hy-vong-thanh-hoa',
  },
  name_vi: { vi: 'Tên chính thức bằng tiếng Việt.', example: 'Trung tâm Hy Vọng' },
  name_en: { vi: 'Tên bằng tiếng Anh.', example: 'Hope Centre' },
  organization_vi: {
    vi: 'Tổ chức chủ quản, tiếng Việt (có thể để trống).',
    example: 'Hội Liên hiệp Phụ nữ tỉnh Thanh Hóa',
  },
  organization_en: {
    vi: 'Tổ chức chủ quản, tiếng Anh (có thể để trống).',
    example: "Thanh Hoa Women's Union",
  },
  kind: {
    vi: 'Loại tổ chức: government (nhà nước), mass-organisation (đoàn thể), ngo (phi chính phủ), international (quốc tế), health (y tế) hoặc legal (pháp lý).',
    example: 'ngo',
  },
  province: { vi: 'Tỉnh, thành (tên mới hay tên cũ đều được).', example: 'Thanh Hóa' },
  commune: { vi: 'Xã, phường, đặc khu (có thể để trống).', example: 'Phường Hạc Thành' },
  address: {
    vi: 'Địa chỉ (có thể để trống; không ghi địa chỉ nhà tạm lánh).',
    example: '',
  },
  phones: {
    vi: 'Số điện thoại, cách nhau bằng ";"; có thể thêm (nhãn tiếng Việt | nhãn tiếng Anh).',
    example: '0237 3852 000 (Tiếp nhận | Reception)',
  },
  email: { vi: 'Thư điện tử (có thể để trống).', example: '' },
  website: { vi: 'Trang web, bắt đầu bằng https:// (có thể để trống).', example: '' },
  hours: {
    vi: 'Giờ làm việc: 24/7, hoặc ví dụ "mon,tue,wed,thu,fri 07:30-17:00" (có thể để trống).',
    example: 'mon,tue,wed,thu,fri 07:30-17:00',
  },
  service_types: {
    vi: 'Loại dịch vụ, cách nhau bằng ";": shelter, health, mental-health, legal-aid, vocational-training, livelihoods, self-help, schooling, hiv-sexual-health, police, marriage-migrants, repatriation.',
    example: 'mental-health;legal-aid',
  },
  serves_genders: { vi: 'Giúp ai: women;men, women hoặc men.', example: 'women' },
  serves_children: { vi: 'Có giúp trẻ em không: có hoặc không.', example: 'có' },
  languages: { vi: 'Ngôn ngữ, cách nhau bằng ";", ví dụ vi;en.', example: 'vi' },
  cost: { vi: 'Chi phí: free (miễn phí), charged (có tính phí) hoặc unknown.', example: 'free' },
  referral_required: {
    vi: 'Có cần giấy giới thiệu không: yes, no hoặc unknown.',
    example: 'no',
  },
  nationwide: {
    vi: 'Nhận người ở mọi tỉnh không: có hoặc không (để trống là không). Chỉ ghi có khi nguồn nói rõ như vậy.',
    example: 'không',
  },
  sources: {
    vi: 'Các địa chỉ web nơi lấy thông tin, cách nhau bằng dấu cách.',
    example: 'https://thanhhoa.gov.vn/',
  },
  verified: {
    vi: 'Ngày của bằng chứng mới nhất, dạng 20/11/2026 hoặc 2026-11-20.',
    example: '20/11/2026',
  },
  status: {
    vi: 'verified (đã xác nhận với nơi đó), unverified (chỉ từ nguồn công khai) hoặc historic (đã ngừng).',
    example: 'verified',
  },
  confirmed: {
    vi: 'Ngày tổ chức của bạn gọi điện hay đến tận nơi để xác nhận (có thể để trống).',
    example: '20/11/2026',
  },
  confirmed_by: {
    vi: 'Tên tổ chức đã xác nhận, không ghi tên người (đi cùng ngày xác nhận).',
    example: 'Hội LHPN tỉnh Thanh Hóa',
  },
  description_vi: {
    vi: 'Vài câu đơn giản giới thiệu dịch vụ. Chỉ chữ thường; số đường dây nóng viết dạng <Hotline id="vn-111" />.',
    example: 'Trung tâm tư vấn miễn phí cho phụ nữ trở về. Gọi <Hotline id="vn-111" /> nếu cần.',
  },
};

/** The guide's own words (Vietnamese on every locale's page, marked lang="vi"). */
export const guideText = {
  heading: 'Hướng dẫn nhập danh bạ',
  steps: [
    'Tải bảng tính ở trên về: đó là toàn bộ danh bạ hiện nay và cũng là mẫu. Giữ nguyên dòng tiêu đề đầu tiên.',
    'Thêm một dòng cho mỗi nơi mới, hoặc sửa dòng đã có. Mỗi cột điền như bảng dưới đây.',
    `Lưu dưới dạng "CSV UTF-8": trong Excel chọn Tệp → Lưu thành → "CSV UTF-8 (Comma delimited)"; trong LibreOffice chọn "Văn bản CSV" với bộ ký tự "Unicode (UTF-8)". Tệp CSV thường của Excel làm hỏng chữ có dấu và sẽ bị từ chối. Dấu phân cách "," hay ";" đều được. Mỗi tệp nặng không quá ${MAX_CSV_BYTES / 1024 / 1024} MB, mỗi ô dài không quá ${MAX_CELL_CHARS.toLocaleString('vi-VN')} ký tự.`,
    'Gửi tệp cho người quản lý kỹ thuật của Về Nhà. Lệnh nhập kiểm tra mọi dòng trước; nếu có lỗi, nó báo từng lỗi bằng tiếng Việt, theo dòng và cột như trong bảng tính, và không ghi gì cả. Chạy thử (--dry-run) cho biết nơi nào, ô nào sẽ thay đổi.',
    'Nơi có trong trang nhưng không có trong tệp của bạn sẽ được giữ lại, không bị xóa. Ghi chú của biên tập viên và bản dịch cũng được giữ.',
  ],
  columnsCaption: 'Các cột của bảng tính',
  column: 'Cột',
  what: 'Điền gì',
  example: 'Ví dụ',
  exampleRow: 'Một dòng ví dụ (dòng tiêu đề và một nơi):',
} as const;
