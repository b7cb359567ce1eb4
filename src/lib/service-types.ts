import type { LocalizedText } from '../schemas/localized.ts';

/**
 * The kinds of service in the directory. Ids are stable: they appear in
 * URLs, data files and exports. Labels are what readers see.
 */
export const serviceTypes = {
  shelter: {
    vi: 'Nhà tạm lánh và trung tâm tiếp nhận',
    en: 'Shelter and assessment centres',
    ko: '쉼터 및 보호 센터',
    zh: '庇护所和接待中心',
  },
  health: { vi: 'Khám chữa bệnh', en: 'Health care', ko: '의료', zh: '医疗' },
  'mental-health': {
    vi: 'Tư vấn tâm lý',
    en: 'Mental health and counselling',
    ko: '심리 상담',
    zh: '心理咨询',
  },
  'legal-aid': { vi: 'Trợ giúp pháp lý', en: 'Legal aid', ko: '법률 지원', zh: '法律援助' },
  'vocational-training': {
    vi: 'Học nghề và việc làm',
    en: 'Vocational training and jobs',
    ko: '직업 훈련 및 일자리',
    zh: '职业培训和就业',
  },
  livelihoods: {
    vi: 'Vay vốn và sinh kế',
    en: 'Loans and livelihoods',
    ko: '대출 및 생계 지원',
    zh: '贷款和生计',
  },
  'self-help': { vi: 'Nhóm tự lực', en: 'Self-help groups', ko: '자조 모임', zh: '互助小组' },
  schooling: {
    vi: 'Học tập cho trẻ em',
    en: 'Schooling for children',
    ko: '아동 교육',
    zh: '儿童教育',
  },
  'hiv-sexual-health': {
    vi: 'HIV và sức khỏe tình dục',
    en: 'HIV and sexual health',
    ko: 'HIV 및 성 건강',
    zh: '艾滋病和性健康',
  },
  police: {
    vi: 'Công an và trình báo',
    en: 'Police and reporting',
    ko: '경찰 및 신고',
    zh: '警察和报案',
  },
  'marriage-migrants': {
    vi: 'Hỗ trợ phụ nữ kết hôn với người nước ngoài',
    en: 'Help for marriage migrants',
    ko: '결혼 이주 여성 지원',
    zh: '涉外婚姻妇女援助',
  },
  repatriation: {
    vi: 'Hồi hương và trở về',
    en: 'Return and repatriation',
    ko: '귀국 지원',
    zh: '遣返和回国',
  },
} as const satisfies Record<string, LocalizedText>;

export type ServiceType = keyof typeof serviceTypes;
export const serviceTypeIds = Object.keys(serviceTypes) as ServiceType[];

export function isServiceType(value: unknown): value is ServiceType {
  return typeof value === 'string' && Object.hasOwn(serviceTypes, value);
}
