package org.travelcrm.core.demo;

import java.util.SplittableRandom;

import org.travelcrm.model.ProductKind;

/**
 * The vocabulary generated agencies are made of: names, places, products and phrases. Demo
 * content, in both languages where a user would see it; not user-interface text.
 */
@SuppressWarnings("nls")
final class Names {

	static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴",
			"周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢",
			"宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘",
			"于", "蒋", "蔡", "欧阳", "司马" };

	static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋",
			"勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "华",
			"建国", "晓明", "子涵", "浩然", "欣怡", "梓萱", "宇轩", "一诺", "雨桐", "思远",
			"嘉怡", "俊杰", "吉", "𠮷" };

	static final String[] FIRST_FEMALE = { "Emma", "Olivia", "Sophia", "Grace", "Chloe", "Mia",
			"Hannah", "Zoë", "Amélie", "Charlotte", "Lucy", "Isabella" };

	static final String[] FIRST_MALE = { "James", "Oliver", "Liam", "Noah", "William", "Henry",
			"Lucas", "Jack", "Thomas", "Daniel", "Samuel", "José" };

	static final String[] LAST = { "Smith", "Brown", "Taylor", "Wilson", "Evans", "Walker",
			"Wright", "Robinson", "Thompson", "Müller", "O'Brien", "García", "Nguyen", "Tan" };

	static final String[] COMPANY_WORDS = { "华信", "远航", "恒达", "中科", "瑞丰", "天成",
			"博雅", "鼎盛", "星河", "长风" };

	static final String[] COMPANY_KINDS = { "科技有限公司", "贸易有限公司", "制造股份有限公司",
			"咨询有限公司", "教育集团", "医疗器械有限公司" };

	static final String[] ENGLISH_COMPANIES = { "Northwind", "Bluepeak", "Harbour",
			"Silverline", "Kestrel", "Meridian", "Oakfield", "Redwood" };

	static final String[] ENGLISH_COMPANY_KINDS = { "Ltd", "Consulting", "Holdings", "Group",
			"Engineering" };

	static final String[][] CHINESE_CITIES = { { "北京", "CN" }, { "上海", "CN" }, { "广州", "CN" },
			{ "深圳", "CN" }, { "成都", "CN" }, { "杭州", "CN" }, { "南京", "CN" },
			{ "武汉", "CN" },
			{ "西安", "CN" }, { "重庆", "CN" }, { "香港", "HK" }, { "台北", "TW" } };

	static final String[][] FOREIGN_CITIES = { { "London", "GB" }, { "Manchester", "GB" },
			{ "New York", "US" }, { "San Francisco", "US" }, { "Sydney", "AU" },
			{ "Singapore", "SG" }, { "Toronto", "CA" }, { "München", "DE" } };

	static final String[][] DESTINATIONS = { { "三亚 Sanya" }, { "云南 Yunnan" }, { "西藏 Tibet" },
			{ "桂林 Guilin" }, { "张家界 Zhangjiajie" }, { "东京 Tokyo" }, { "大阪 Osaka" },
			{ "曼谷 Bangkok" }, { "巴厘岛 Bali" }, { "新加坡 Singapore" }, { "巴黎 Paris" },
			{ "罗马 Rome" }, { "悉尼 Sydney" }, { "首尔 Seoul" }, { "马尔代夫 Maldives" },
			{ "哈尔滨 Harbin" }, { "新疆 Xinjiang" }, { "瑞士 Switzerland" } };

	static final String[] ACQUISITION = { "walk-in", "referral", "website", "partner agent",
			"social media", "trade fair" };

	static final String[] SALES_CHANNELS = { "branch", "phone", "website", "mobile app",
			"partner agent" };

	static final String[] INDUSTRIES = { "IT", "manufacturing", "finance", "education",
			"healthcare", "public sector", "retail" };

	static final String[] ROLES = { "travel manager", "assistant", "HR", "procurement",
			"office manager" };

	static final String[] TAGS = { "VIP", "vegetarian", "wheelchair", "frequent flyer",
			"honeymoon" };

	static final String[] INTERACTION_NOTES = { "Asked about summer family packages.",
			"询问国庆期间的团队游。", "Follow-up call after the trip.",
			"Sent the new catalogue.", "到店咨询签证办理。",
			"Invited to the spring travel fair." };

	static final String[] COMPLAINTS = { "Hotel was not as described.",
			"导游迟到，行程安排混乱。", "Flight change was not communicated.",
			"退款处理太慢。" };

	static final String[] PRAISE = { "Wonderful trip, thank you!", "服务周到，下次还会再来。",
			"Great guide and hotel.", "行程安排得很好。" };

	static final String GOAL_CHURN = "Lower churn 降低客户流失率";
	static final String GOAL_REPEAT = "More repeat buyers 提高重复购买率";
	static final String SEGMENT_NAME = "Wavering key and major customers 动摇的关键与主要客户";
	static final String SEGMENT_DESCRIPTION = "High-value customers whose buying became irregular.";
	static final String CAMPAIGN_NAME = "Spring win-back 春季唤回活动";
	static final String CAMPAIGN_OFFER =
			"12 % off the Sanya and Yunnan trips for returning customers";
	static final String CAMPAIGN_MESSAGE =
			"We missed you: 12 % off your next trip. 老朋友专享优惠。";
	static final String CYCLE_NAME = "2026 second half 2026年下半年";

	private Names() {
	}

	static String pick(String[] words, SplittableRandom random) {
		return words[random.nextInt(words.length)];
	}

	static String chineseName(SplittableRandom random) {
		String given = pick(GIVEN, random);
		if (given.length() == 1 && random.nextBoolean()) {
			given += pick(GIVEN, random);
		}
		return pick(SURNAMES, random) + given;
	}

	static String englishName(boolean female, SplittableRandom random) {
		return pick(female ? FIRST_FEMALE : FIRST_MALE, random) + " " + pick(LAST, random);
	}

	static String chineseCompany(SplittableRandom random) {
		return pick(CHINESE_CITIES, random)[0] + pick(COMPANY_WORDS, random)
				+ pick(COMPANY_KINDS, random);
	}

	static String englishCompany(SplittableRandom random) {
		return pick(ENGLISH_COMPANIES, random) + " " + pick(ENGLISH_COMPANY_KINDS, random);
	}

	static String chinesePhone(SplittableRandom random) {
		return String.format("13%d-%04d-%04d", random.nextInt(10), random.nextInt(10_000),
				random.nextInt(10_000));
	}

	static String foreignPhone(SplittableRandom random) {
		return String.format("+44 20 %04d %04d", random.nextInt(10_000), random.nextInt(10_000));
	}

	static String productWord(ProductKind kind, SplittableRandom random) {
		String[] words = switch (kind) {
			case TOUR -> new String[] { "5-day tour 五日游", "7-day tour 七日游",
					"city walk 城市漫步" };
			case TICKET -> new String[] { "return flight 往返机票", "rail pass 火车通票" };
			case HOTEL -> new String[] { "beach hotel 海滨酒店", "city hotel 城市酒店" };
			case PACKAGE -> new String[] { "family package 家庭套餐",
					"honeymoon package 蜜月套餐" };
			case CUSTOM -> new String[] { "tailor-made trip 定制游", "incentive trip 奖励旅游" };
		};
		return pick(words, random);
	}

	private static String[] pick(String[][] rows, SplittableRandom random) {
		return rows[random.nextInt(rows.length)];
	}
}
