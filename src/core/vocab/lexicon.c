/*
 * lexicon.c
 *		The compiled-in word list of the figure extractor.
 *
 * The list names general Chinese function words and verbs of reporting
 * (linking verbs, verbs of doing, adverbials, classifiers that make names),
 * never phrases of a particular report.  Each word is written once, with
 * all the roles it plays; lookups pick the longest word with a wanted role.
 */
#include "vocab/lexicon.h"

/* a word and its length in bytes */
#define W(w) w, sizeof(w) - 1

/* the roles, short, for the rows */
#define P	SHR_LX_PRED
#define L	(SHR_LX_PRED | SHR_LX_LINK)
#define LC	(SHR_LX_PRED | SHR_LX_LINK | SHR_LX_CHANGE)
#define AC	(SHR_LX_PRED | SHR_LX_CHANGE)
#define CMP (SHR_LX_PRED | SHR_LX_LINK | SHR_LX_COMPARE)
#define ADJ SHR_LX_ADJ
#define LEAD SHR_LX_LEAD
#define TRAIL SHR_LX_TRAIL
#define GOVERN SHR_LX_GOVERN
#define LABEL SHR_LX_LABEL
#define STOP SHR_LX_STOP
#define RESP SHR_LX_RESP
#define SHARED SHR_LX_SHARED
#define PLANWORD SHR_LX_PLANWORD
#define NOTUNIT SHR_LX_NOTUNIT
#define PERSON SHR_LX_PERSON
#define HOUSEHOLD SHR_LX_HOUSEHOLD
#define FIRM SHR_LX_FIRM
#define PLACE SHR_LX_PLACE
#define FIXED SHR_LX_FIXED
#define SPLIT SHR_LX_SPLIT
#define COMPUTE SHR_LX_COMPUTE
#define PROGRAMME SHR_LX_PROGRAMME
#define SCOPE SHR_LX_SCOPE
#define RANK SHR_LX_RANK
#define RANKMOVE SHR_LX_RANKMOVE
#define RANKBARE SHR_LX_RANKBARE

/*
 * The lexicon, one row per word: the word and every role it plays.  Rows
 * are grouped by their main role; a word is added by adding its row, or a
 * role by adding a flag to it, and the lookups find it through an index
 * derived from this table (words.h).
 */
static const ShrLexEntry lexicon[] = {
	/* linking verbs: the metric is the subject, the figure the level */
	{W("达到"), L | STOP}, {W("达"), L | ADJ}, {W("为"), L | ADJ},
	{W("占"), L | ADJ}, {W("占比"), L}, {W("占比达"), L}, {W("占比达到"), L},
	{W("占到"), L}, {W("增长到"), L}, {W("增长至"), L}, {W("增加到"), L},
	{W("增加至"), L}, {W("增至"), L}, {W("增到"), L}, {W("下降到"), L},
	{W("下降至"), L | RANK}, {W("降低到"), L}, {W("降低至"), L}, {W("降至"), L | RANK},
	{W("降到"), L}, {W("减少到"), L}, {W("减少至"), L}, {W("减至"), L},
	{W("提高到"), L}, {W("提高至"), L}, {W("提升到"), L | RANK}, {W("提升至"), L | RANK},
	{W("上升到"), L | RANK}, {W("上升至"), L | RANK}, {W("扩大到"), L}, {W("扩大至"), L},
	{W("缩小到"), L}, {W("缩小至"), L}, {W("缩短到"), L}, {W("缩短至"), L},
	{W("压缩到"), L}, {W("压缩至"), L}, {W("压减到"), L}, {W("压减至"), L},
	{W("稳定在"), L}, {W("保持在"), L}, {W("维持在"), L}, {W("控制在"), L},
	{W("突破"), L | STOP}, {W("超过"), L | STOP}, {W("超"), L | ADJ},
	{W("总数达"), L}, {W("总量达"), L}, {W("规模达"), L}, {W("累计达"), L},
	{W("累计达到"), L}, {W("升至"), L | RANK}, {W("跃升至"), L | RANK}, {W("跃居"), L | RANK},
	{W("跃上"), L}, {W("延长至"), L}, {W("延长到"), L},
	{W("保持"), L | RANK}, {W("稳定"), L | ADJ | TRAIL | STOP}, {W("扩展至"), L},
	{W("扩展到"), L}, {W("拓展至"), L}, {W("拓展到"), L},
	{W("由"), L | ADJ | STOP | RANK}, {W("居"), CMP | ADJ | STOP | RANK},

	/* changes */
	{W("增长"), LC | STOP}, {W("增加"), LC}, {W("下降"), LC | RANKMOVE}, {W("降低"), LC},
	{W("减少"), LC}, {W("提高"), LC}, {W("提升"), LC | RANKMOVE}, {W("上升"), LC | RANKMOVE},
	{W("上涨"), LC}, {W("回落"), LC}, {W("扩大"), LC}, {W("缩小"), LC},
	{W("收窄"), LC}, {W("缩短"), LC}, {W("下滑"), LC | RANKMOVE}, {W("回升"), LC},
	{W("增"), LC | ADJ}, {W("降"), LC | ADJ}, {W("减"), LC | ADJ},
	{W("压减"), LC}, {W("压缩"), LC}, {W("节约"), AC}, {W("翻"), LC | ADJ},

	/* comparisons: what follows the verb is a base, not the metric */
	{W("高于"), CMP}, {W("低于"), CMP}, {W("快于"), CMP}, {W("慢于"), CMP},
	{W("领先"), CMP}, {W("超出"), CMP},

	/* verbs of doing: the metric is their object */
	{W("新增"), P}, {W("净增"), P}, {W("完成"), P | STOP},
	{W("实现"), P | LEAD | STOP}, {W("建成"), P | STOP}, {W("开通"), P | STOP},
	{W("开工"), P | STOP}, {W("投产"), P | STOP}, {W("实施"), P},
	{W("推进"), P | LEAD}, {W("举办"), P}, {W("举行"), P}, {W("培育"), P},
	{W("建设"), P}, {W("新建"), P}, {W("改建"), P}, {W("新改建"), P},
	{W("改造"), P}, {W("引进"), P}, {W("招引"), P}, {W("签约"), P | STOP},
	{W("吸引"), P}, {W("接待"), P}, {W("带动"), P | LEAD | STOP},
	{W("惠及"), P | STOP}, {W("覆盖"), P | STOP}, {W("安排"), P},
	{W("投入"), P}, {W("发放"), P}, {W("减免"), P}, {W("办理"), P},
	{W("打造"), P}, {W("创建"), P}, {W("认定"), P}, {W("获批"), P | STOP},
	{W("入选"), P | STOP}, {W("开行"), P | STOP}, {W("发射"), P},
	{W("转移"), P}, {W("承接"), P}, {W("帮扶"), P}, {W("救助"), P}, {W("资助"), P},
	{W("培训"), P}, {W("吸纳"), P}, {W("治理"), P}, {W("整治"), P},
	{W("修复"), P}, {W("入库"), P}, {W("布局"), P}, {W("设立"), P},
	{W("组建"), P | NOTUNIT}, {W("引育"), P}, {W("集聚"), P}, {W("拥有"), P},
	{W("共有"), P}, {W("有"), P | ADJ}, {W("支持"), P | NOTUNIT},
	{W("扶持"), P}, {W("推动"), P | LEAD}, {W("推广"), P}, {W("谋划"), P},
	{W("储备"), P}, {W("抓好"), P}, {W("出台"), P}, {W("制定"), P},
	{W("开展"), P}, {W("组织"), P | NOTUNIT}, {W("发布"), P}, {W("命名"), P},
	{W("开设"), P}, {W("增设"), P}, {W("建立"), P}, {W("选派"), P},
	{W("招聘"), P}, {W("招录"), P}, {W("提供"), P}, {W("筹集"), P},
	{W("获得"), P | STOP}, {W("荣获"), P | STOP}, {W("落实"), P},
	{W("下达"), P}, {W("拨付"), P}, {W("兑现"), P}, {W("消纳"), P},
	{W("种植"), P | NOTUNIT}, {W("植树"), P}, {W("恢复"), P}, {W("撬动"), P},
	{W("交付"), P}, {W("销售"), P}, {W("达成"), P}, {W("落地"), P | STOP},
	{W("收储"), P}, {W("清理"), P}, {W("化解"), P}, {W("处置"), P | NOTUNIT},
	{W("解决"), P}, {W("帮助"), P}, {W("服务"), P | ADJ}, {W("上线"), P | STOP},
	{W("挂牌"), P | STOP}, {W("认证"), P}, {W("评选"), P}, {W("授予"), P},
	{W("新培育"), P}, {W("新认定"), P}, {W("新落地"), P}, {W("促成"), P},
	{W("争创"), P}, {W("获评"), P | STOP}, {W("入围"), P | STOP},
	{W("新开工"), P}, {W("建成投产"), P}, {W("建成投用"), P},
	{W("投用"), P | STOP}, {W("收获"), P}, {W("破获"), P}, {W("查处"), P},
	{W("减轻"), P}, {W("盘活"), P}, {W("融资"), P}, {W("放贷"), P},
	{W("授信"), P}, {W("新设"), P}, {W("供应"), P}, {W("推出"), P},
	{W("筹建"), P}, {W("开发"), P}, {W("更新"), P}, {W("召开"), P},
	{W("汇聚"), P}, {W("形成"), P}, {W("竣工"), P | STOP}, {W("认定为"), P},
	{W("吸收"), P}, {W("安置"), P}, {W("救治"), P}, {W("筛查"), P},
	{W("接种"), P}, {W("新投产"), P}, {W("发行"), P},

	/* connectives and adverbials that open a clause */
	{W("其中"), LEAD}, {W("向"), LEAD}, {W("拟"), LEAD | TRAIL},
	{W("拟按"), TRAIL}, {W("另外"), LEAD}, {W("此外"), LEAD}, {W("同时"), LEAD},
	{W("并且"), LEAD}, {W("而且"), LEAD}, {W("以及"), LEAD}, {W("全省"), LEAD | SCOPE},
	{W("全市"), LEAD | SCOPE}, {W("全区"), LEAD | SCOPE}, {W("全县"), LEAD}, {W("全州"), LEAD},
	{W("全盟"), LEAD}, {W("全自治区"), LEAD}, {W("全省域"), LEAD},
	{W("我省"), LEAD}, {W("我市"), LEAD}, {W("我区"), LEAD}, {W("本省"), LEAD},
	{W("全年"), LEAD | TRAIL}, {W("当年"), LEAD}, {W("今年"), LEAD},
	{W("去年"), LEAD}, {W("上年"), LEAD}, {W("年内"), LEAD}, {W("目前"), LEAD},
	{W("现有"), LEAD}, {W("截至目前"), LEAD}, {W("截至年底"), LEAD},
	{W("年底"), LEAD}, {W("上半年"), LEAD}, {W("前三季度"), LEAD},
	{W("一季度"), LEAD}, {W("已"), TRAIL | STOP},
	{W("已经"), LEAD | TRAIL | STOP}, {W("共"), TRAIL},
	{W("共计"), LEAD | TRAIL}, {W("总计"), LEAD | TRAIL},
	{W("合计"), LEAD | TRAIL}, {W("累计"), LEAD | TRAIL | STOP},
	{W("分别"), LEAD | TRAIL | RESP | STOP}, {W("依次"), TRAIL | RESP},
	{W("均"), TRAIL | SHARED | STOP}, {W("各"), TRAIL | SHARED},
	{W("力争"), LEAD | TRAIL | GOVERN | PLANWORD},
	{W("确保"), LEAD | TRAIL | GOVERN | PLANWORD},
	{W("争取"), LEAD | TRAIL | GOVERN | PLANWORD},
	{W("预计"), LEAD | TRAIL | GOVERN},
	{W("力求"), LEAD | TRAIL | GOVERN | PLANWORD}, {W("初步统计"), LEAD},
	{W("初步核算"), LEAD}, {W("经初步核算"), LEAD}, {W("据统计"), LEAD},
	{W("再"), TRAIL}, {W("又"), TRAIL}, {W("还"), TRAIL}, {W("也"), TRAIL},
	{W("将"), TRAIL | STOP}, {W("要"), TRAIL}, {W("持续"), LEAD | TRAIL | STOP},
	{W("进一步"), LEAD | TRAIL}, {W("稳步"), LEAD | TRAIL | STOP},
	{W("同比"), LEAD | TRAIL}, {W("年均"), LEAD | TRAIL}, {W("平均"), TRAIL},
	{W("全面"), LEAD | STOP}, {W("促进"), LEAD}, {W("努力"), LEAD},
	{W("加快"), LEAD | STOP}, {W("比上年"), TRAIL}, {W("较上年"), TRAIL},
	{W("比去年"), TRAIL}, {W("较去年"), TRAIL}, {W("比上年同期"), TRAIL},
	{W("较上年同期"), TRAIL}, {W("首次"), TRAIL | NOTUNIT}, {W("较快"), TRAIL},
	{W("大幅"), TRAIL}, {W("快速"), TRAIL}, {W("实际"), TRAIL},
	{W("逐步"), TRAIL}, {W("有望"), TRAIL}, {W("预期"), TRAIL | PLANWORD},
	{W("总体"), TRAIL}, {W("首批"), LEAD | TRAIL}, {W("继续"), LEAD | TRAIL},
	{W("连续"), LEAD | TRAIL}, {W("同口径"), TRAIL}, {W("仍"), TRAIL},
	{W("仍然"), TRAIL}, {W("已达"), TRAIL}, {W("超额"), TRAIL},
	{W("顺利"), TRAIL | STOP}, {W("提前"), TRAIL}, {W("基本"), TRAIL | STOP},
	{W("约"), TRAIL},

	/* after a number they make it a name or an ordinal */
	{W("号"), LABEL}, {W("级"), LABEL}, {W("类"), LABEL}, {W("代"), LABEL},
	{W("届"), LABEL}, {W("期"), LABEL}, {W("英寸"), LABEL}, {W("强"), LABEL},
	{W("周年"), LABEL}, {W("版"), LABEL}, {W("字"), LABEL}, {W("后"), LABEL},
	{W("星"), LABEL}, {W("路"), LABEL}, {W("型"), LABEL}, {W("线"), LABEL},
	{W("部分"), LABEL}, {W("方面"), LABEL | NOTUNIT}, {W("大"), LABEL},
	{W("件事"), LABEL}, {W("关口"), LABEL}, {W("大关"), LABEL},
	{W("千伏"), LABEL},

	/* end a noun phrase that follows the number */
	{W("扎实"), STOP}, {W("陆续"), STOP | TRAIL}, {W("成功"), STOP | TRAIL | NOTUNIT},
	{W("率先"), STOP | TRAIL}, {W("全部"), STOP | TRAIL},
	{W("相继"), STOP | TRAIL}, {W("落户"), STOP}, {W("纳入"), STOP},
	{W("列入"), STOP}, {W("被"), STOP}, {W("正在"), STOP}, {W("通过"), STOP},
	{W("位居"), STOP | RANK}, {W("位列"), STOP | RANK},
	{W("排名"), STOP | RANK | RANKBARE}, {W("加速"), STOP},
	{W("有序"), STOP}, {W("参与"), STOP}, {W("受益"), STOP}, {W("获"), STOP},
	{W("以上"), STOP}, {W("左右"), STOP}, {W("运行"), STOP}, {W("评为"), STOP},
	{W("被评为"), STOP}, {W("进入"), STOP | RANK}, {W("全覆盖"), STOP},
	{W("的"), STOP}, {W("等一揽子"), STOP}, {W("等一系列"), STOP},
	{W("等一批"), STOP}, {W("免费"), STOP}, {W("保质保量"), STOP | TRAIL},

	/* words opening with a measure word, which is then no unit (1200亿台阶) */
	{W("台阶"), NOTUNIT | STOP | LEAD}, {W("新台阶"), STOP | LEAD}, {W("所有"), NOTUNIT}, {W("名义"), NOTUNIT},
	{W("位置"), NOTUNIT}, {W("部门"), NOTUNIT}, {W("部署"), NOTUNIT},
	{W("头部"), NOTUNIT}, {W("处理"), NOTUNIT}, {W("处于"), NOTUNIT},
	{W("条件"), NOTUNIT}, {W("条例"), NOTUNIT}, {W("场景"), NOTUNIT},
	{W("场所"), NOTUNIT}, {W("场地"), NOTUNIT}, {W("列车"), NOTUNIT},
	{W("批准"), NOTUNIT}, {W("批复"), NOTUNIT}, {W("度假"), NOTUNIT},
	{W("起步"), NOTUNIT}, {W("门户"), NOTUNIT}, {W("门类"), NOTUNIT},
	{W("首都"), NOTUNIT}, {W("首位"), NOTUNIT}, {W("片区"), NOTUNIT},
	{W("对接"), NOTUNIT}, {W("对外"), NOTUNIT}, {W("对标"), NOTUNIT},
	{W("对口"), NOTUNIT}, {W("种业"), NOTUNIT}, {W("支撑"), NOTUNIT},
	{W("支付"), NOTUNIT}, {W("只有"), NOTUNIT}, {W("家庭"), NOTUNIT | HOUSEHOLD},
	{W("户籍"), NOTUNIT}, {W("户外"), NOTUNIT}, {W("人员"), NOTUNIT | PERSON},
	{W("人口"), NOTUNIT | PERSON}, {W("人民"), NOTUNIT | PERSON},
	{W("人均"), NOTUNIT}, {W("次数"), NOTUNIT},

	/* ... and once 成 is a unit (超4成), the words that open with it */
	{W("成为"), NOTUNIT}, {W("成果"), NOTUNIT}, {W("成本"), NOTUNIT},
	{W("成效"), NOTUNIT}, {W("成交"), NOTUNIT}, {W("成立"), NOTUNIT},
	{W("成员"), NOTUNIT}, {W("成都"), NOTUNIT}, {W("成渝"), NOTUNIT},
	{W("成长"), NOTUNIT}, {W("成熟"), NOTUNIT}, {W("成就"), NOTUNIT},
	{W("成绩"), NOTUNIT}, {W("成片"), NOTUNIT}, {W("成套"), NOTUNIT},
	{W("成型"), NOTUNIT}, {W("成品"), NOTUNIT}, {W("成年"), NOTUNIT},

	/* ... and the words that open with a place counted as a unit (16市) */
	{W("市场"), NOTUNIT}, {W("市级"), NOTUNIT}, {W("市域"), NOTUNIT},
	{W("市区"), NOTUNIT}, {W("县域"), NOTUNIT}, {W("县级"), NOTUNIT},
	{W("县城"), NOTUNIT}, {W("区域"), NOTUNIT}, {W("区级"), NOTUNIT},
	{W("村级"), NOTUNIT}, {W("镇级"), NOTUNIT}, {W("乡村"), NOTUNIT},
	{W("村庄"), NOTUNIT},

	/* ... and the words that open with 方 (370亿方) or 组 (11组) */
	{W("方案"), NOTUNIT}, {W("方式"), NOTUNIT}, {W("方向"), NOTUNIT},
	{W("方位"), NOTUNIT}, {W("方法"), NOTUNIT}, {W("方阵"), NOTUNIT},
	{W("方针"), NOTUNIT}, {W("方略"), NOTUNIT}, {W("方舱"), NOTUNIT},
	{W("方便"), NOTUNIT}, {W("组合"), NOTUNIT}, {W("组团"), NOTUNIT},
	{W("组成"), NOTUNIT},

	/*
	 * Nouns a number counts without a measure word (16万儿童, 662万农户):
	 * the role says the unit, 人 for people, 户 for households, 家 for
	 * firms.  A noun ending so (农业转移人口, 困难群众) is found by its end.
	 */
	{W("儿童"), PERSON}, {W("农民工"), PERSON}, {W("居民"), PERSON},
	{W("学生"), PERSON}, {W("职工"), PERSON}, {W("老年人"), PERSON},
	{W("老人"), PERSON}, {W("群众"), PERSON}, {W("儿女"), PERSON},
	{W("农民"), PERSON}, {W("牧民"), PERSON}, {W("农牧民"), PERSON},
	{W("残疾人"), PERSON}, {W("劳动力"), PERSON}, {W("毕业生"), PERSON},
	{W("婴幼儿"), PERSON}, {W("妇女"), PERSON}, {W("青年"), PERSON},
	{W("市民"), PERSON | NOTUNIT}, {W("村民"), PERSON | NOTUNIT},
	{W("患者"), PERSON}, {W("游客"), PERSON}, {W("人才"), PERSON},
	{W("员工"), PERSON}, {W("教师"), PERSON}, {W("群体"), PERSON},
	{W("孤儿"), PERSON}, {W("工人"), PERSON},
	{W("户"), HOUSEHOLD}, {W("农户"), HOUSEHOLD}, {W("住户"), HOUSEHOLD},
	{W("企业"), FIRM}, {W("公司"), FIRM}, {W("市场主体"), FIRM},
	{W("经营主体"), FIRM},

	/* places a number counts as it counts with a measure word: 16市, 2县 */
	{W("市"), PLACE}, {W("县"), PLACE}, {W("区"), PLACE}, {W("州"), PLACE},
	{W("盟"), PLACE}, {W("旗"), PLACE}, {W("乡"), PLACE}, {W("镇"), PLACE},
	{W("村"), PLACE}, {W("县区"), PLACE}, {W("县市"), PLACE},
	{W("市州"), PLACE}, {W("区县"), PLACE}, {W("旗县"), PLACE},
	{W("盟市"), PLACE}, {W("地市"), PLACE}, {W("市县"), PLACE},
	{W("乡镇"), PLACE}, {W("设区市"), PLACE}, {W("地州"), PLACE},
	{W("州市"), PLACE},

	/*
	 * Phrases whose Chinese numeral before a measure word counts nothing:
	 * names, slogans and idioms (十四五, 两个确立, 一带一路).
	 */
	{W("一批"), FIXED}, {W("一个"), FIXED}, {W("一系列"), FIXED},
	{W("一带一路"), FIXED}, {W("十四五"), FIXED}, {W("三农"), FIXED},
	{W("两会"), FIXED}, {W("两个确立"), FIXED}, {W("两个维护"), FIXED},
	{W("两个毫不动摇"), FIXED}, {W("四个意识"), FIXED},
	{W("四个自信"), FIXED}, {W("四个全面"), FIXED}, {W("八项规定"), FIXED},
	{W("五篇大文章"), FIXED}, {W("三次产业"), FIXED}, {W("两位数"), FIXED},
	{W("两项补贴"), FIXED}, {W("两条底线"), FIXED}, {W("一成不变"), FIXED},
	{W("五项原则"), FIXED}, {W("两个大局"), FIXED}, {W("三门"), FIXED},

	/* verbs that divide into a count in Chinese numerals: 分三批 */
	{W("分"), SPLIT}, {W("分成"), SPLIT}, {W("分为"), SPLIT},

	/*
	 * Words of computing power: after them a P or PF is a PFLOPS (算力规模
	 * 达到5.1万P, 超算算力达223PF).
	 */
	{W("算力"), COMPUTE}, {W("智算"), COMPUTE}, {W("超算"), COMPUTE},

	/*
	 * Words that end the name of a programme (千万亩高标准农田改造提升行动,
	 * 千万吨粮食增产计划): a round amount before them names it.
	 */
	{W("行动"), PROGRAMME}, {W("工程"), PROGRAMME}, {W("行动计划"), PROGRAMME},

	/*
	 * Ranks: the verbs a place follows (居全国第2位, 进入全国前三, 从第12位
	 * 升至第5位), the ones a place without 第 follows (排名53位), the ones
	 * that move a rank (前移3位), and the fields a rank is in.
	 */
	{W("稳居"), RANK}, {W("跻身"), RANK}, {W("名列"), RANK}, {W("从"), RANK},
	{W("排"), RANK | RANKBARE}, {W("前移"), LC | RANKMOVE},
	{W("后移"), LC | RANKMOVE}, {W("后退"), LC | RANKMOVE},
	{W("全国"), SCOPE}, {W("全球"), SCOPE}, {W("世界"), SCOPE},
	{W("全世界"), SCOPE}, {W("中部"), SCOPE}, {W("西部"), SCOPE},
	{W("东部"), SCOPE}, {W("东北"), SCOPE}, {W("西北"), SCOPE},
	{W("西南"), SCOPE}, {W("中西部"), SCOPE}, {W("沿海"), SCOPE},
	{W("同类城市"), SCOPE}, {W("同类省份"), SCOPE}, {W("省会城市"), SCOPE},
	{W("副省级城市"), SCOPE}, {W("行业"), SCOPE},

	/* a plan's wording inside a review (part headings: vocab/headings.c) */
	{W("目标"), PLANWORD}, {W("计划"), PLANWORD | PROGRAMME},
};

#undef W
#undef P
#undef L
#undef LC
#undef AC
#undef CMP
#undef ADJ
#undef LEAD
#undef TRAIL
#undef GOVERN
#undef LABEL
#undef STOP
#undef RESP
#undef SHARED
#undef PLANWORD
#undef NOTUNIT
#undef PERSON
#undef HOUSEHOLD
#undef FIRM
#undef PLACE
#undef FIXED
#undef SPLIT
#undef COMPUTE
#undef PROGRAMME
#undef SCOPE
#undef RANK
#undef RANKMOVE
#undef RANKBARE

#define NLEX ((int) (sizeof(lexicon) / sizeof(lexicon[0])))

/* The i-th word as its index reads it: lookups ask for its roles. */
static ShrWordRef
lexicon_row(int i)
{
	ShrWordRef	w = {lexicon[i].word, lexicon[i].flags, (uint16_t) i, 0};

	return w;
}

SHR_WORD_INDEX(lexicon_words, NLEX, lexicon_row);

/* How many words the lexicon has. */
int
shr_lex_count(void)
{
	return NLEX;
}

/* The lexicon's i-th word, or NULL. */
const ShrLexEntry *
shr_lex_entry(int i)
{
	if (i < 0 || i >= NLEX)
		return NULL;
	return &lexicon[i];
}

/* The lexicon's index is built once per process; the handle points to it. */
void
shr_lex_index_init(ShrLexIndex *ix)
{
	ix->words = shr_word_index(&lexicon_words);
}

/* The entry a lookup found, with its length; NULL for none. */
static const ShrLexEntry *
found(const ShrWordRef *w, size_t *nbytes)
{
	if (w == NULL)
		return NULL;
	*nbytes = w->len;
	return &lexicon[w->id];
}

/* The longest word with a wanted role that starts s: 增长到 rather than 增长. */
const ShrLexEntry *
shr_lex_match(const ShrLexIndex *ix, const char *s, size_t len, unsigned mask,
			  size_t *nbytes)
{
	return found(shr_word_match(ix->words, s, len, mask), nbytes);
}

/* The longest word with a wanted role that ends s: 年均 rather than 均. */
const ShrLexEntry *
shr_lex_match_end(const ShrLexIndex *ix, const char *s, size_t len,
				  unsigned mask, size_t *nbytes)
{
	return found(shr_word_match_end(ix->words, s, len, mask), nbytes);
}

/* Is the lexicon well-formed, every word reached?  For the unit tests. */
const char *
shr_lex_check(const char **word)
{
	return shr_word_index_check(&lexicon_words, word);
}
