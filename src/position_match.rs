//! Which of the organisation's positions suit a resume, best first (for `crawl_url`).

use crate::model::Resume;
use crate::store::positions::Position;

/// Scores title overlap with the expected post and past posts, licence classes named in the
/// title that the resume's licence permits, and city. Ties keep central's order. Closed
/// positions (status 0) are left out: nobody can be saved against them.
pub fn rank(resume: &Resume, positions: &[Position], limit: usize) -> Vec<Position> {
    let mut scored: Vec<(i64, usize, &Position)> = positions
        .iter()
        .enumerate()
        .filter(|(_, p)| p.status != Some(0))
        .map(|(i, p)| (score(resume, p), i, p))
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(limit)
        .map(|(_, _, p)| p.clone())
        .collect()
}

fn score(r: &Resume, p: &Position) -> i64 {
    let title = p.title.to_uppercase();
    let mut s = 0;
    for class in &r.dl_license_classes {
        if title.contains(class.as_str()) {
            s += 30;
        }
    }
    let posts = r
        .target_post
        .iter()
        .chain(r.work_history.iter().filter_map(|w| w.post_name.as_ref()));
    for post in posts {
        if !post.is_empty() && (title.contains(post.as_str()) || post.contains(p.title.as_str())) {
            s += 20;
            break;
        }
    }
    if (title.contains("司机") || title.contains("驾驶")) && r.dl_license_class.is_some() {
        s += 10;
    }
    if let Some(city) = &p.city {
        let wants = r
            .target_city
            .iter()
            .chain(r.expected_regions.iter())
            .chain(r.living_place.iter());
        if wants
            .into_iter()
            .any(|c| c.contains(city.as_str()) || city.contains(c.as_str()))
        {
            s += 15;
        }
    }
    if p.channel_id == Some(r.source.channel_id) {
        s += 1;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(id: &str, title: &str, city: &str) -> Position {
        Position {
            id: id.into(),
            title: title.into(),
            city: Some(city.into()),
            status: Some(1),
            ..Default::default()
        }
    }

    #[test]
    fn licence_and_city_rank_first() {
        let r = Resume {
            dl_license_class: Some("A2".into()),
            dl_license_classes: vec!["A2".into(), "B2".into(), "C1".into()],
            target_city: Some("上海".into()),
            ..Default::default()
        };
        let ps = vec![
            pos("p1", "仓库管理员", "北京"),
            pos("p2", "C1司机", "北京"),
            pos("p3", "A2牵引车司机", "上海"),
        ];
        let ranked: Vec<_> = rank(&r, &ps, 10).into_iter().map(|p| p.id).collect();
        assert_eq!(ranked, vec!["p3", "p2", "p1"]);
    }

    #[test]
    fn closed_positions_are_not_offered() {
        let mut p = pos("p1", "司机", "上海");
        p.status = Some(0);
        assert!(rank(&Resume::default(), &[p], 10).is_empty());
    }
}
