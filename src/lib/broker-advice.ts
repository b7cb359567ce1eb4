/**
 * Advice that sends a reader to the broker, the recruitment company or her
 * husband's family for an embassy or consulate number. A trafficker is often
 * the broker or recruiter, and can hand her an accomplice's phone as "the
 * embassy"; she would copy it onto her wallet card. Mission numbers come only
 * from this site, the Ministry of Foreign Affairs or its citizen-protection
 * line. A content test runs this over every page in every language.
 *
 * A line (a paragraph, a list item, a key point) is flagged when it names a
 * mission or a phone number AND tells the reader to ask or get something from
 * one of those parties. A line that warns against it ("never take a number
 * from the broker") is not flagged: it carries a negation before the party.
 */
export type AdviceLanguage = 'vi' | 'en' | 'ko' | 'zh';

interface Phrases {
  /** An embassy, a consulate, Viet Nam's office, or a phone number. */
  mission: RegExp;
  /** Asking, or getting something, from the broker, company or in-laws. */
  askParty: RegExp;
  /** A negation before the party: the line is a warning, not advice. */
  warning: RegExp;
}

export const brokerAdvicePhrases: Record<AdviceLanguage, Phrases> = {
  vi: {
    mission: /đại sứ quán|lãnh sự|cơ quan đại diện|số điện thoại|số đại sứ/,
    askParty:
      /(hỏi|xin|lấy|nhờ)[^.?!]{0,40}?(công ty|người môi giới|môi giới|nhà chồng|gia đình chồng|người tuyển dụng|chủ nơi làm việc)/,
    warning:
      /(đừng|không bao giờ|không|chớ)\s+(lấy|hỏi|ghi|dùng|tin|nhận|chép|xin)[^.?!]{0,60}?(công ty|môi giới|nhà chồng|gia đình chồng|người tuyển dụng|chủ nơi làm việc)/,
  },
  en: {
    mission: /embassy|consulate|representative office|phone number|mission/,
    askParty:
      /(ask|get|obtain|take)[^.?!]{0,40}?(company|broker|agency|agent|recruiter|employer|husband['’]s family|in-laws)/,
    warning:
      /((never|do not|don['’]t)\s+(use|take|get|ask|trust|copy|accept|write|rely)|not from)[^.?!]{0,60}?(company|broker|agency|agent|recruiter|employer|husband['’]s family|in-laws)/,
  },
  ko: {
    mission: /대사관|영사관|전화번호|번호/,
    askParty:
      /(업체|중개업체|중개인|회사|브로커|시댁|남편 가족)[^.?!]{0,15}?(에게|에|한테|에서)?\s*(묻|물어|문의|받|알아)/,
    warning:
      /(업체|중개업체|중개인|회사|브로커|시댁|남편 가족)[^.?!]{0,30}?(말고|마세요|받지 마|묻지 마|믿지 마)/,
  },
  zh: {
    mission: /大使馆|领事馆|电话|号码/,
    askParty: /(向|问|找|从)[^。？！]{0,10}?(中介|公司|婆家|丈夫家|雇主|媒人)/,
    warning: /(不要|别|切勿|不能|不可)[^。？！]{0,20}?(中介|公司|婆家|丈夫家|雇主|媒人)/,
  },
};

/** The lines of `text` that send the reader to a broker or company for a mission number. */
export function findBrokerNumberAdvice(text: string, language: AdviceLanguage): string[] {
  const p = brokerAdvicePhrases[language];
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => {
      const lower = line.toLowerCase();
      return p.mission.test(lower) && p.askParty.test(lower) && !p.warning.test(lower);
    });
}
