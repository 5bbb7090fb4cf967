/*
 * lexicon.c
 *		The compiled-in word list of the figure extractor and its index.
 *
 * The lists name general Chinese function words and verbs of reporting
 * (linking verbs, verbs of doing, adverbials, classifiers that make names),
 * never phrases of a particular report.  A word may appear on several lines
 * with different roles; lookups pick the longest word with a wanted role.
 */
#include <string.h>

#include "vocab/lexicon.h"
#include "text/utf8.h"
#include "vocab/words.h"

/* a word and its length in bytes */
#define W(w) w, sizeof(w) - 1

#define P	SHR_LX_PRED
#define L	(SHR_LX_PRED | SHR_LX_LINK)
#define LC	(SHR_LX_PRED | SHR_LX_LINK | SHR_LX_CHANGE)
#define AC	(SHR_LX_PRED | SHR_LX_CHANGE)
#define CMP (SHR_LX_PRED | SHR_LX_LINK | SHR_LX_COMPARE)

static const ShrLexEntry lexicon[] = {
	/* linking verbs: the metric is the subject, the figure the level */
	{W("达到"), L}, {W("达"), L | SHR_LX_ADJ}, {W("为"), L | SHR_LX_ADJ},
	{W("占"), L | SHR_LX_ADJ}, {W("占比"), L}, {W("占比达"), L}, {W("占比达到"), L},
	{W("占到"), L},
	{W("增长到"), L}, {W("增长至"), L}, {W("增加到"), L}, {W("增加至"), L},
	{W("增至"), L}, {W("增到"), L}, {W("下降到"), L}, {W("下降至"), L},
	{W("降低到"), L}, {W("降低至"), L}, {W("降至"), L}, {W("降到"), L},
	{W("减少到"), L}, {W("减少至"), L}, {W("减至"), L}, {W("提高到"), L},
	{W("提高至"), L}, {W("提升到"), L}, {W("提升至"), L}, {W("上升到"), L},
	{W("上升至"), L}, {W("扩大到"), L}, {W("扩大至"), L}, {W("缩小到"), L},
	{W("缩小至"), L}, {W("缩短到"), L}, {W("缩短至"), L}, {W("压缩到"), L},
	{W("压缩至"), L}, {W("压减到"), L}, {W("压减至"), L}, {W("稳定在"), L},
	{W("保持在"), L}, {W("维持在"), L}, {W("控制在"), L}, {W("突破"), L},
	{W("超过"), L}, {W("超"), L | SHR_LX_ADJ}, {W("总数达"), L}, {W("总量达"), L},
	{W("规模达"), L}, {W("累计达"), L}, {W("累计达到"), L}, {W("升至"), L},
	{W("跃升至"), L}, {W("跃居"), L}, {W("保持"), L}, {W("稳定"), L | SHR_LX_ADJ},
	{W("扩展至"), L}, {W("扩展到"), L}, {W("拓展至"), L}, {W("拓展到"), L},
	{W("由"), L | SHR_LX_ADJ}, {W("居"), CMP | SHR_LX_ADJ},

	/* changes */
	{W("增长"), LC}, {W("增加"), LC}, {W("下降"), LC}, {W("降低"), LC}, {W("减少"), LC},
	{W("提高"), LC}, {W("提升"), LC}, {W("上升"), LC}, {W("上涨"), LC}, {W("回落"), LC},
	{W("扩大"), LC}, {W("缩小"), LC}, {W("收窄"), LC}, {W("缩短"), LC}, {W("下滑"), LC},
	{W("回升"), LC}, {W("增"), LC | SHR_LX_ADJ}, {W("降"), LC | SHR_LX_ADJ},
	{W("减"), LC | SHR_LX_ADJ}, {W("压减"), LC}, {W("压缩"), LC}, {W("节约"), AC},
	{W("翻"), LC | SHR_LX_ADJ},

	/* comparisons: what follows the verb is a base, not the metric */
	{W("高于"), CMP}, {W("低于"), CMP}, {W("快于"), CMP}, {W("慢于"), CMP},
	{W("领先"), CMP}, {W("超出"), CMP},

	/* verbs of doing: the metric is their object */
	{W("新增"), P}, {W("净增"), P}, {W("完成"), P}, {W("实现"), P}, {W("建成"), P},
	{W("开通"), P}, {W("开工"), P}, {W("投产"), P}, {W("实施"), P}, {W("推进"), P},
	{W("举办"), P}, {W("举行"), P}, {W("培育"), P}, {W("建设"), P}, {W("新建"), P},
	{W("改建"), P}, {W("新改建"), P}, {W("改造"), P}, {W("引进"), P}, {W("招引"), P},
	{W("签约"), P}, {W("吸引"), P}, {W("接待"), P}, {W("带动"), P}, {W("惠及"), P},
	{W("覆盖"), P}, {W("安排"), P}, {W("投入"), P}, {W("发放"), P}, {W("减免"), P},
	{W("办理"), P}, {W("打造"), P}, {W("创建"), P}, {W("认定"), P}, {W("获批"), P},
	{W("入选"), P}, {W("开行"), P}, {W("发射"), P}, {W("转移"), P}, {W("帮扶"), P},
	{W("救助"), P}, {W("资助"), P}, {W("培训"), P}, {W("吸纳"), P}, {W("治理"), P},
	{W("整治"), P}, {W("修复"), P}, {W("入库"), P}, {W("布局"), P}, {W("设立"), P},
	{W("组建"), P}, {W("引育"), P}, {W("集聚"), P}, {W("拥有"), P}, {W("共有"), P},
	{W("有"), P | SHR_LX_ADJ}, {W("支持"), P}, {W("扶持"), P}, {W("推动"), P},
	{W("推广"), P}, {W("谋划"), P}, {W("储备"), P}, {W("抓好"), P}, {W("出台"), P},
	{W("制定"), P}, {W("开展"), P}, {W("组织"), P}, {W("发布"), P}, {W("命名"), P},
	{W("开设"), P}, {W("增设"), P}, {W("建立"), P}, {W("选派"), P}, {W("招聘"), P},
	{W("招录"), P}, {W("提供"), P}, {W("筹集"), P}, {W("获得"), P}, {W("荣获"), P},
	{W("落实"), P}, {W("下达"), P}, {W("拨付"), P}, {W("兑现"), P}, {W("消纳"), P},
	{W("种植"), P}, {W("植树"), P}, {W("恢复"), P}, {W("撬动"), P},
	{W("交付"), P}, {W("销售"), P}, {W("达成"), P}, {W("落地"), P}, {W("收储"), P},
	{W("清理"), P}, {W("化解"), P}, {W("处置"), P}, {W("解决"), P}, {W("帮助"), P},
	{W("服务"), P | SHR_LX_ADJ}, {W("上线"), P}, {W("挂牌"), P},
	{W("认证"), P}, {W("评选"), P}, {W("授予"), P}, {W("新培育"), P}, {W("新认定"), P},
	{W("新落地"), P}, {W("促成"), P}, {W("争创"), P}, {W("获评"), P}, {W("入围"), P},
	{W("新开工"), P}, {W("建成投产"), P}, {W("建成投用"), P}, {W("投用"), P},
	{W("收获"), P}, {W("破获"), P}, {W("查处"), P}, {W("减轻"), P},
	{W("盘活"), P}, {W("融资"), P}, {W("放贷"), P}, {W("授信"), P},
	{W("新设"), P}, {W("供应"), P}, {W("推出"), P}, {W("筹建"), P}, {W("开发"), P}, {W("更新"), P}, {W("召开"), P}, {W("汇聚"), P},
	{W("形成"), P}, {W("竣工"), P}, {W("认定为"), P}, {W("提供"), P}, {W("吸收"), P}, {W("安置"), P},
	{W("救治"), P}, {W("筛查"), P}, {W("接种"), P}, {W("新开工"), P}, {W("新投产"), P},

	/* connectives and adverbials that open a clause */
	{W("其中"), SHR_LX_LEAD}, {W("另外"), SHR_LX_LEAD}, {W("此外"), SHR_LX_LEAD},
	{W("同时"), SHR_LX_LEAD}, {W("并且"), SHR_LX_LEAD}, {W("而且"), SHR_LX_LEAD},
	{W("以及"), SHR_LX_LEAD}, {W("全省"), SHR_LX_LEAD}, {W("全市"), SHR_LX_LEAD},
	{W("全区"), SHR_LX_LEAD}, {W("全县"), SHR_LX_LEAD}, {W("全州"), SHR_LX_LEAD},
	{W("全盟"), SHR_LX_LEAD}, {W("全自治区"), SHR_LX_LEAD}, {W("全省域"), SHR_LX_LEAD},
	{W("我省"), SHR_LX_LEAD}, {W("我市"), SHR_LX_LEAD}, {W("我区"), SHR_LX_LEAD},
	{W("本省"), SHR_LX_LEAD}, {W("全年"), SHR_LX_LEAD | SHR_LX_TRAIL},
	{W("当年"), SHR_LX_LEAD}, {W("今年"), SHR_LX_LEAD}, {W("去年"), SHR_LX_LEAD},
	{W("上年"), SHR_LX_LEAD}, {W("年内"), SHR_LX_LEAD}, {W("目前"), SHR_LX_LEAD},
	{W("现有"), SHR_LX_LEAD}, {W("截至目前"), SHR_LX_LEAD},
	{W("截至年底"), SHR_LX_LEAD}, {W("年底"), SHR_LX_LEAD}, {W("上半年"), SHR_LX_LEAD},
	{W("前三季度"), SHR_LX_LEAD}, {W("一季度"), SHR_LX_LEAD},
	{W("已"), SHR_LX_TRAIL}, {W("已经"), SHR_LX_LEAD | SHR_LX_TRAIL},
	{W("共"), SHR_LX_TRAIL}, {W("共计"), SHR_LX_LEAD | SHR_LX_TRAIL},
	{W("总计"), SHR_LX_LEAD | SHR_LX_TRAIL}, {W("合计"), SHR_LX_LEAD | SHR_LX_TRAIL},
	{W("累计"), SHR_LX_LEAD | SHR_LX_TRAIL},
	{W("分别"), SHR_LX_LEAD | SHR_LX_TRAIL | SHR_LX_RESP},
	{W("依次"), SHR_LX_TRAIL | SHR_LX_RESP},
	{W("均"), SHR_LX_TRAIL | SHR_LX_SHARED}, {W("各"), SHR_LX_TRAIL | SHR_LX_SHARED},
	{W("力争"), SHR_LX_LEAD | SHR_LX_TRAIL | SHR_LX_GOVERN | SHR_LX_PLANWORD},
	{W("确保"), SHR_LX_LEAD | SHR_LX_TRAIL | SHR_LX_GOVERN | SHR_LX_PLANWORD},
	{W("争取"), SHR_LX_LEAD | SHR_LX_TRAIL | SHR_LX_GOVERN | SHR_LX_PLANWORD},
	{W("预计"), SHR_LX_LEAD | SHR_LX_TRAIL | SHR_LX_GOVERN},
	{W("力求"), SHR_LX_LEAD | SHR_LX_TRAIL | SHR_LX_GOVERN | SHR_LX_PLANWORD},
	{W("初步统计"), SHR_LX_LEAD}, {W("初步核算"), SHR_LX_LEAD},
	{W("经初步核算"), SHR_LX_LEAD}, {W("据统计"), SHR_LX_LEAD},
	{W("再"), SHR_LX_TRAIL}, {W("又"), SHR_LX_TRAIL}, {W("还"), SHR_LX_TRAIL},
	{W("也"), SHR_LX_TRAIL}, {W("将"), SHR_LX_TRAIL | SHR_LX_STOP},
	{W("要"), SHR_LX_TRAIL},
	{W("持续"), SHR_LX_LEAD | SHR_LX_TRAIL | SHR_LX_STOP},
	{W("进一步"), SHR_LX_LEAD | SHR_LX_TRAIL},
	{W("稳步"), SHR_LX_LEAD | SHR_LX_TRAIL | SHR_LX_STOP},
	{W("同比"), SHR_LX_LEAD | SHR_LX_TRAIL},
	{W("年均"), SHR_LX_LEAD | SHR_LX_TRAIL},
	{W("平均"), SHR_LX_TRAIL},
	{W("全面"), SHR_LX_LEAD | SHR_LX_STOP}, {W("推动"), SHR_LX_LEAD},
	{W("促进"), SHR_LX_LEAD}, {W("努力"), SHR_LX_LEAD}, {W("加快"), SHR_LX_LEAD | SHR_LX_STOP},
	{W("带动"), SHR_LX_LEAD}, {W("实现"), SHR_LX_LEAD}, {W("推进"), SHR_LX_LEAD},
	{W("比上年"), SHR_LX_TRAIL}, {W("较上年"), SHR_LX_TRAIL},
	{W("比去年"), SHR_LX_TRAIL}, {W("较去年"), SHR_LX_TRAIL},
	{W("比上年同期"), SHR_LX_TRAIL}, {W("较上年同期"), SHR_LX_TRAIL},
	{W("首次"), SHR_LX_TRAIL}, {W("较快"), SHR_LX_TRAIL}, {W("大幅"), SHR_LX_TRAIL},
	{W("快速"), SHR_LX_TRAIL}, {W("稳定"), SHR_LX_TRAIL}, {W("实际"), SHR_LX_TRAIL},
	{W("逐步"), SHR_LX_TRAIL}, {W("有望"), SHR_LX_TRAIL}, {W("预期"), SHR_LX_TRAIL},
	{W("总体"), SHR_LX_TRAIL}, {W("首批"), SHR_LX_LEAD | SHR_LX_TRAIL},
	{W("继续"), SHR_LX_LEAD | SHR_LX_TRAIL}, {W("连续"), SHR_LX_LEAD | SHR_LX_TRAIL},
	{W("同口径"), SHR_LX_TRAIL}, {W("仍"), SHR_LX_TRAIL}, {W("仍然"), SHR_LX_TRAIL}, {W("已达"), SHR_LX_TRAIL},
	{W("超额"), SHR_LX_TRAIL}, {W("顺利"), SHR_LX_TRAIL | SHR_LX_STOP},
	{W("提前"), SHR_LX_TRAIL}, {W("基本"), SHR_LX_TRAIL | SHR_LX_STOP},
	{W("合计"), SHR_LX_TRAIL}, {W("约"), SHR_LX_TRAIL},

	/* after a number they make it a name or an ordinal */
	{W("号"), SHR_LX_LABEL}, {W("级"), SHR_LX_LABEL}, {W("类"), SHR_LX_LABEL},
	{W("代"), SHR_LX_LABEL}, {W("届"), SHR_LX_LABEL}, {W("期"), SHR_LX_LABEL},
	{W("英寸"), SHR_LX_LABEL}, {W("强"), SHR_LX_LABEL}, {W("周年"), SHR_LX_LABEL},
	{W("版"), SHR_LX_LABEL}, {W("字"), SHR_LX_LABEL}, {W("后"), SHR_LX_LABEL},
	{W("星"), SHR_LX_LABEL}, {W("路"), SHR_LX_LABEL}, {W("型"), SHR_LX_LABEL},
	{W("线"), SHR_LX_LABEL}, {W("部分"), SHR_LX_LABEL}, {W("方面"), SHR_LX_LABEL},
	{W("大"), SHR_LX_LABEL},

	/* end a noun phrase that follows the number */
	{W("扎实"), SHR_LX_STOP}, {W("陆续"), SHR_LX_STOP}, {W("成功"), SHR_LX_STOP},
	{W("率先"), SHR_LX_STOP}, {W("全部"), SHR_LX_STOP}, {W("相继"), SHR_LX_STOP},
	{W("已"), SHR_LX_STOP}, {W("已经"), SHR_LX_STOP}, {W("荣获"), SHR_LX_STOP},
	{W("入选"), SHR_LX_STOP}, {W("落户"), SHR_LX_STOP}, {W("纳入"), SHR_LX_STOP},
	{W("列入"), SHR_LX_STOP}, {W("由"), SHR_LX_STOP}, {W("被"), SHR_LX_STOP},
	{W("正在"), SHR_LX_STOP}, {W("均"), SHR_LX_STOP},
	{W("分别"), SHR_LX_STOP}, {W("累计"), SHR_LX_STOP}, {W("通过"), SHR_LX_STOP},
	{W("位居"), SHR_LX_STOP}, {W("位列"), SHR_LX_STOP}, {W("排名"), SHR_LX_STOP},
	{W("获批"), SHR_LX_STOP}, {W("获得"), SHR_LX_STOP}, {W("建成"), SHR_LX_STOP},
	{W("投产"), SHR_LX_STOP}, {W("开工"), SHR_LX_STOP}, {W("完成"), SHR_LX_STOP},
	{W("实现"), SHR_LX_STOP}, {W("达到"), SHR_LX_STOP}, {W("超过"), SHR_LX_STOP},
	{W("突破"), SHR_LX_STOP}, {W("增长"), SHR_LX_STOP}, {W("居"), SHR_LX_STOP},
	{W("加速"), SHR_LX_STOP}, {W("有序"), SHR_LX_STOP}, {W("稳定"), SHR_LX_STOP},
	{W("覆盖"), SHR_LX_STOP}, {W("惠及"), SHR_LX_STOP}, {W("带动"), SHR_LX_STOP},
	{W("参与"), SHR_LX_STOP}, {W("受益"), SHR_LX_STOP}, {W("获"), SHR_LX_STOP},
	{W("以上"), SHR_LX_STOP}, {W("左右"), SHR_LX_STOP}, {W("落地"), SHR_LX_STOP},
	{W("竣工"), SHR_LX_STOP}, {W("签约"), SHR_LX_STOP}, {W("开通"), SHR_LX_STOP},
	{W("运行"), SHR_LX_STOP}, {W("投用"), SHR_LX_STOP}, {W("上线"), SHR_LX_STOP},
	{W("挂牌"), SHR_LX_STOP}, {W("评为"), SHR_LX_STOP}, {W("被评为"), SHR_LX_STOP},
	{W("获评"), SHR_LX_STOP}, {W("入围"), SHR_LX_STOP}, {W("开行"), SHR_LX_STOP},
	{W("进入"), SHR_LX_STOP}, {W("全覆盖"), SHR_LX_STOP},
	{W("的"), SHR_LX_STOP},
	{W("率先"), SHR_LX_TRAIL | SHR_LX_STOP}, {W("成功"), SHR_LX_TRAIL},
	{W("全部"), SHR_LX_TRAIL}, {W("相继"), SHR_LX_TRAIL}, {W("陆续"), SHR_LX_TRAIL},

	/* words opening with a measure word, which is then no unit (1200亿台阶) */
	{W("台阶"), SHR_LX_NOTUNIT}, {W("所有"), SHR_LX_NOTUNIT},
	{W("名义"), SHR_LX_NOTUNIT}, {W("位置"), SHR_LX_NOTUNIT},
	{W("部门"), SHR_LX_NOTUNIT}, {W("部署"), SHR_LX_NOTUNIT},
	{W("头部"), SHR_LX_NOTUNIT}, {W("处理"), SHR_LX_NOTUNIT},
	{W("处置"), SHR_LX_NOTUNIT}, {W("处于"), SHR_LX_NOTUNIT},
	{W("条件"), SHR_LX_NOTUNIT}, {W("条例"), SHR_LX_NOTUNIT},
	{W("场景"), SHR_LX_NOTUNIT}, {W("场所"), SHR_LX_NOTUNIT},
	{W("场地"), SHR_LX_NOTUNIT}, {W("列车"), SHR_LX_NOTUNIT},
	{W("批准"), SHR_LX_NOTUNIT}, {W("批复"), SHR_LX_NOTUNIT},
	{W("度假"), SHR_LX_NOTUNIT}, {W("起步"), SHR_LX_NOTUNIT},
	{W("门户"), SHR_LX_NOTUNIT}, {W("门类"), SHR_LX_NOTUNIT},
	{W("首都"), SHR_LX_NOTUNIT}, {W("首位"), SHR_LX_NOTUNIT},
	{W("首次"), SHR_LX_NOTUNIT}, {W("片区"), SHR_LX_NOTUNIT},
	{W("对接"), SHR_LX_NOTUNIT}, {W("对外"), SHR_LX_NOTUNIT},
	{W("对标"), SHR_LX_NOTUNIT}, {W("对口"), SHR_LX_NOTUNIT},
	{W("种植"), SHR_LX_NOTUNIT}, {W("种业"), SHR_LX_NOTUNIT},
	{W("支持"), SHR_LX_NOTUNIT}, {W("支撑"), SHR_LX_NOTUNIT},
	{W("支付"), SHR_LX_NOTUNIT}, {W("只有"), SHR_LX_NOTUNIT},
	{W("家庭"), SHR_LX_NOTUNIT}, {W("户籍"), SHR_LX_NOTUNIT},
	{W("户外"), SHR_LX_NOTUNIT}, {W("人员"), SHR_LX_NOTUNIT},
	{W("人口"), SHR_LX_NOTUNIT}, {W("人民"), SHR_LX_NOTUNIT},
	{W("人均"), SHR_LX_NOTUNIT}, {W("次数"), SHR_LX_NOTUNIT},

	/* part headings */
	{W("回顾"), SHR_LX_REVIEW}, {W("过去一年"), SHR_LX_REVIEW},
	{W("过去五年"), SHR_LX_REVIEW}, {W("过去的一年"), SHR_LX_REVIEW},
	{W("工作总结"), SHR_LX_REVIEW}, {W("去年工作"), SHR_LX_REVIEW},
	{W("目标"), SHR_LX_PLAN}, {W("任务"), SHR_LX_PLAN}, {W("安排"), SHR_LX_PLAN},
	{W("要求"), SHR_LX_PLAN}, {W("重点工作"), SHR_LX_PLAN}, {W("思路"), SHR_LX_PLAN},
	{W("建议"), SHR_LX_PLAN}, {W("部署"), SHR_LX_PLAN}, {W("计划"), SHR_LX_PLAN},
	{W("主要工作"), SHR_LX_PLAN},

	/* glossary headings: the part explains terms */
	{W("名词解释"), SHR_LX_GLOSSARY}, {W("名词注释"), SHR_LX_GLOSSARY},
	{W("名词释义"), SHR_LX_GLOSSARY}, {W("术语解释"), SHR_LX_GLOSSARY},
	{W("注释"), SHR_LX_GLOSSARY}, {W("注解"), SHR_LX_GLOSSARY},
	{W("释义"), SHR_LX_GLOSSARY},

	/* plan wording */
	{W("目标"), SHR_LX_PLANWORD}, {W("预期"), SHR_LX_PLANWORD},
	{W("计划"), SHR_LX_PLANWORD},
};

#undef W
#undef P
#undef L
#undef LC
#undef AC
#undef CMP

#define NLEX ((int) (sizeof(lexicon) / sizeof(lexicon[0])))

/* The index keeps word numbers in uint16_t arrays of SHR_LEX_MAX entries. */
typedef char lexicon_fits_index[NLEX <= SHR_LEX_MAX ? 1 : -1];

/* Code point that starts s[0..len), len > 0. */
static inline uint32_t
first_cp(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *) s;
	uint32_t	cp;

	if (u[0] < 0x80)
		return u[0];
	if ((u[0] & 0xF0) == 0xE0 && len >= 3)
		return ((uint32_t) (u[0] & 0x0F) << 12) |
			((uint32_t) (u[1] & 0x3F) << 6) | (uint32_t) (u[2] & 0x3F);
	shr_utf8_decode(s, len, &cp);
	return cp;
}

/* Code point that ends s[0..len). */
static inline uint32_t
last_cp(const char *s, size_t len, size_t *nbytes)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = len;

	/* the usual case, a CJK character, without the walk back */
	if (len >= 3 && (u[len - 3] & 0xF0) == 0xE0 &&
		(u[len - 2] & 0xC0) == 0x80 && (u[len - 1] & 0xC0) == 0x80)
	{
		*nbytes = 3;
		return first_cp(s + len - 3, 3);
	}

	while (i > 0 && ((unsigned char) s[i - 1] & 0xC0) == 0x80 && len - i < 3)
		i--;
	if (i > 0)
		i--;
	*nbytes = len - i;
	return first_cp(s + i, len - i);
}

/* Counting sort of the word indexes into buckets, by a key function. */
static void
fill_buckets(uint16_t *head, uint16_t *list, uint32_t *flags, bool by_last)
{
	uint16_t	count[SHR_LEX_BUCKETS + 1];
	uint8_t		key[SHR_LEX_MAX];

	memset(count, 0, sizeof(count));
	memset(flags, 0, sizeof(uint32_t) * SHR_LEX_BUCKETS);
	for (int i = 0; i < NLEX && i < SHR_LEX_MAX; i++)
	{
		const char *w = lexicon[i].word;
		size_t		n = lexicon[i].len;
		uint32_t	cp;
		size_t		nb;

		if (by_last)
			cp = last_cp(w, n, &nb);
		else
			cp = first_cp(w, n);
		key[i] = (uint8_t) shr_lex_bucket(cp);
		count[key[i] + 1]++;
		flags[key[i]] |= lexicon[i].flags;
	}
	head[0] = 0;
	for (int b = 0; b < SHR_LEX_BUCKETS; b++)
		head[b + 1] = (uint16_t) (head[b] + count[b + 1]);
	memcpy(count, head, sizeof(count));
	for (int i = 0; i < NLEX && i < SHR_LEX_MAX; i++)
		list[count[key[i]]++] = (uint16_t) i;
}

void
shr_lex_index_init(ShrLexIndex *ix)
{
	fill_buckets(ix->first_head, ix->first_list, ix->first_flags, false);
	fill_buckets(ix->last_head, ix->last_list, ix->last_flags, true);
}

const ShrLexEntry *
shr_lex_match(const ShrLexIndex *ix, const char *s, size_t len, unsigned mask,
			  size_t *nbytes)
{
	const ShrLexEntry *best = NULL;
	size_t		bestlen = 0;
	uint32_t	cp;
	unsigned	b;

	if (len == 0)
		return NULL;
	cp = first_cp(s, len);
	b = shr_lex_bucket(cp);
	if ((ix->first_flags[b] & mask) == 0)
		return NULL;
	for (int k = ix->first_head[b]; k < ix->first_head[b + 1]; k++)
	{
		const ShrLexEntry *e = &lexicon[ix->first_list[k]];
		size_t		n;

		if ((e->flags & mask) == 0)
			continue;
		n = e->len;
		if (n > bestlen && n <= len && shr_word_equal(s, e->word, n))
		{
			best = e;
			bestlen = n;
		}
	}
	if (best)
		*nbytes = bestlen;
	return best;
}

const ShrLexEntry *
shr_lex_match_end(const ShrLexIndex *ix, const char *s, size_t len,
				  unsigned mask, size_t *nbytes)
{
	const ShrLexEntry *best = NULL;
	size_t		bestlen = 0;
	size_t		nb;
	uint32_t	cp;
	unsigned	b;

	if (len == 0)
		return NULL;
	cp = last_cp(s, len, &nb);
	b = shr_lex_bucket(cp);
	if ((ix->last_flags[b] & mask) == 0)
		return NULL;
	for (int k = ix->last_head[b]; k < ix->last_head[b + 1]; k++)
	{
		const ShrLexEntry *e = &lexicon[ix->last_list[k]];
		size_t		n;

		if ((e->flags & mask) == 0)
			continue;
		n = e->len;
		if (n > bestlen && n <= len && shr_word_equal(s + len - n, e->word, n))
		{
			best = e;
			bestlen = n;
		}
	}
	if (best)
		*nbytes = bestlen;
	return best;
}
