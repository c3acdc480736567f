/**
 * Grammatical gender of a person mention, for pronoun resolution: "she" does not refer to Bill Clinton.
 * From a title in the mention ("Mrs.", "Mr.") or the canonical name's given name; unknown otherwise.
 */
export type Gender = 'female' | 'male' | null;

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

const FEMALE_NAMES = words(`
  hillary melania ivanka chelsea michelle nancy elizabeth sarah susan mary patricia jennifer linda barbara margaret lisa karen
  betty helen sandra donna carol ruth sharon laura kimberly deborah jessica shirley cynthia angela melissa brenda amy anna
  rebecca virginia kathleen pamela martha debra amanda stephanie carolyn christine marie janet catherine frances ann joyce
  diane alice julie heather teresa doris gloria evelyn jean cheryl mildred katherine joan ashley judith rose janice kelly
  nicole judy christina kathy theresa beverly denise tammy irene jane lori rachel marilyn andrea kathryn louise sara anne
  jacqueline wanda bonnie julia ruby lois tina phyllis norma paula diana annie lillian emily robin peggy crystal gladys rita
  dawn connie florence tracy edna tiffany carmen rosa cindy grace wendy victoria edith kim sherry sylvia josephine thelma
  sheila ethel ellen elaine marjorie carrie charlotte monica esther pauline emma juanita anita rhonda hazel amber eva debbie
  april leslie clara lucille jamie joanne eleanor valerie danielle megan alicia suzanne michele gail bertha darlene veronica
  jill erin geraldine lauren cathy joann lorraine lynn sally regina erica beatrice dolores bernice audrey yvonne annette
  marion dana stacy ana renee ida vivian roberta holly brittany melanie loretta yolanda jeanette laurie katie kristen
  vanessa alma sue elsie beth jeanne vicki carla tara rosemary eileen terri gertrude lucy tonya ella stacey wilma gina
  kristin jessie natalie agnes vera charlene bessie delores melinda pearl arlene maureen colleen allison tamara joy georgia
  constance lillie claudia jackie marcia tanya nellie minnie marlene heidi glenda lydia viola courtney marian stella
  caroline dora jo vickie mattie maxine irma mabel marsha myrtle lena christy deanna patsy hilda gwendolyn jennie nora
  margie nina cassandra leah penny kay priscilla naomi carole olga billie dianne tracey leona jenny felicia sonia miriam
  velma becky bobbie violet kristina toni misty mae shelly daisy ramona sherri erika katrina claire angelina theresa
  condoleezza kellyanne huma donna jill loretta angela theresa marine ursula kamala nikki sonia ruth gennifer alicia
  megyn katy rosie oprah madeleine dianne tammy kirsten claire debbie tulsi elise`);

const MALE_NAMES = words(`
  donald barack bill joe mike michael john james robert william david richard charles joseph thomas christopher daniel
  paul mark george steven kenneth andrew edward brian joshua kevin ronald timothy jason jeffrey ryan gary nicholas eric
  stephen jacob larry frank jonathan scott justin brandon raymond gregory samuel benjamin patrick jack dennis jerry
  alexander tyler aaron henry douglas peter jose adam zachary walter nathan harold kyle carl arthur gerald roger keith
  jeremy lawrence terry sean albert joe christian austin willie jesse ethan billy bruce bryan ralph roy jordan eugene wayne
  louis alan juan russell vincent randy philip harry howard fred bobby johnny martin craig stanley shawn travis bradley
  leonard earl gabriel jimmy francis todd noah danny dale cody carlos allen frederick logan curtis alex joel luis norman
  marvin glenn tony nathaniel rodney melvin alfred steve shane derek lee reginald herbert ted newt mitt rudy reince chris
  bernie tim marco ted rand jeb ben lindsey mitch harry vladimir xi kim francois angela recep shinzo benjamin boris dmitry
  sergei alexei viktor hassan bashar abdel narendra emmanuel justin enrique nicolas evo rodrigo jair sherrod elijah jim
  jason lamar gov rex dick al hank kanye colin rudolph corey stephen jared eric roger sean anthony tom tommy rob bob
  barney chuck nick matt jon sam ken dan pat greg rick jeff ron tony vince rand rush sid mick reuben trey jerome
  keith lester karl wolf chad kurt`);

const FEMALE_TITLES = words('mrs ms miss madam lady queen');
const MALE_TITLES = words('mr sir king');

export function genderOf(mentionText: string, canonical: string): Gender {
  const title = mentionText.toLowerCase().match(/^(\p{L}+)\.?\s/u)?.[1];
  if (title && FEMALE_TITLES.has(title)) return 'female';
  if (title && MALE_TITLES.has(title)) return 'male';
  const given = canonical.toLowerCase().split(/[\s.]+/).find((w) => w.length > 1 && !FEMALE_TITLES.has(w) && !MALE_TITLES.has(w));
  if (!given || canonical.trim().indexOf(' ') < 0) return null;
  if (FEMALE_NAMES.has(given)) return 'female';
  if (MALE_NAMES.has(given)) return 'male';
  return null;
}

const FEMALE_ROLES = words(`spokeswoman chairwoman congresswoman businesswoman councilwoman assemblywoman anchorwoman wife mother daughter
  sister widow grandmother girlfriend niece aunt actress princess duchess`);
const MALE_ROLES = words(`spokesman chairman congressman businessman councilman assemblyman anchorman husband father son brother widower
  grandfather boyfriend nephew uncle actor prince duke`);

/**
 * The gender of a description in apposition to a name ("a spokeswoman for the mayor's office, Keisha Brown",
 * "Tom Reyes, her husband,"): the one gendered role noun in it, or null when it has none or both.
 */
export function roleGender(description: string): Gender {
  const found = new Set<Gender>();
  // a possessor is not the role: "the congressman's adviser, Susannah Randolph"
  for (const w of description.toLowerCase().split(/[^\p{L}'’]+/u)) {
    if (FEMALE_ROLES.has(w)) found.add('female');
    else if (MALE_ROLES.has(w)) found.add('male');
  }
  return found.size === 1 ? [...found][0] : null;
}

/** The gender a pronoun asks for, or null for any person ("they", "who"). */
export function pronounGender(pronoun: string): Gender {
  if (pronoun === 'he' || pronoun === 'him' || pronoun === 'his') return 'male';
  if (pronoun === 'she' || pronoun === 'her' || pronoun === 'hers') return 'female';
  return null;
}
